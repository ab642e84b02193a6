#include "MessageWidget.h"
#include "Resources.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using sbs::gui::MessageWidget;

class TestMessageWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sbs::gui::initResources(); }

    void showsTextOfEachType_data()
    {
        QTest::addColumn<MessageWidget::Type>("type");
        QTest::addColumn<int>("autoHide");
        QTest::newRow("error") << MessageWidget::Type::Error << 0;
        QTest::newRow("warning") << MessageWidget::Type::Warning << 0;
        QTest::newRow("information") << MessageWidget::Type::Information << MessageWidget::DefaultAutoHideMs;
        QTest::newRow("positive") << MessageWidget::Type::Positive << 0;
    }

    void showsTextOfEachType()
    {
        QFETCH(MessageWidget::Type, type);
        QFETCH(int, autoHide);
        QWidget window;
        auto* bar = new MessageWidget(&window);
        window.show();
        QVERIFY(!bar->isVisible());
        bar->showMessage(QStringLiteral("The file sbs-config.json was saved."), type);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), type);
        QCOMPARE(bar->text(), QStringLiteral("The file sbs-config.json was saved."));
        QCOMPARE(bar->autoHideMs(), autoHide);
        auto* label = bar->findChild<QLabel*>(QStringLiteral("messageTextLabel"));
        QVERIFY(label);
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void informationHidesByItself()
    {
        QWidget window;
        auto* bar = new MessageWidget(&window);
        window.show();
        bar->showMessage(QStringLiteral("Opened."), MessageWidget::Type::Information, 50);
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(!bar->isVisible());
        bar->showMessage(QStringLiteral("Kept."), MessageWidget::Type::Information,
                         MessageWidget::NoAutoHide);
        QCOMPARE(bar->autoHideMs(), 0);
        // A new message replaces the old one and its timer.
        bar->showMessage(QStringLiteral("Short."), MessageWidget::Type::Warning, 50);
        bar->showMessage(QStringLiteral("Stays."), MessageWidget::Type::Error);
        QTest::qWait(120);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(), QStringLiteral("Stays."));
    }

    void closeButtonHides()
    {
        QWidget window;
        auto* bar = new MessageWidget(&window);
        window.show();
        QSignalSpy closed(bar, &MessageWidget::closed);
        bar->showMessage(QStringLiteral("Problem."), MessageWidget::Type::Error);
        auto* close = bar->findChild<QToolButton*>(QStringLiteral("messageCloseButton"));
        QVERIFY(close && close->isVisible());
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(closed.count(), 1);
        bar->setCloseButtonVisible(false);
        QVERIFY(!bar->isCloseButtonVisible());
    }

    void actionsBecomeButtons()
    {
        QWidget window;
        auto* bar = new MessageWidget(&window);
        window.show();
        QAction action(QStringLiteral("Show"));
        action.setObjectName(QStringLiteral("showAction"));
        QSignalSpy triggered(&action, &QAction::triggered);
        bar->addMessageAction(&action);
        bar->showMessage(QStringLiteral("Something to look at."), MessageWidget::Type::Warning);
        auto* button = bar->findChild<QToolButton*>(QStringLiteral("showActionButton"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(triggered.count(), 1);
        action.setVisible(false);
        QVERIFY(!button->isVisible());
        bar->clearActions();
        QVERIFY(!bar->findChild<QToolButton*>(QStringLiteral("showActionButton")));
    }
};

QTEST_MAIN(TestMessageWidget)
#include "tst_messagewidget.moc"
