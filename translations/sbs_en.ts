<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CertificateCheck</name>
    <message numerus="yes">
        <location filename="../src/core/models/CertificateCheck.cpp" line="+170"/>
        <source>Your CA %1 expires in %n day(s) (%2); plan a new CA and a new contract before then.</source>
        <translation>
            <numerusform>Your CA %1 expires in %n day (%2); plan a new CA and a new contract before then.</numerusform>
            <numerusform>Your CA %1 expires in %n days (%2); plan a new CA and a new contract before then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The client CA %1 expires in %n day(s) (%2); plan a new CA and a new contract before then.</source>
        <translation>
            <numerusform>The client CA %1 expires in %n day (%2); plan a new CA and a new contract before then.</numerusform>
            <numerusform>The client CA %1 expires in %n days (%2); plan a new CA and a new contract before then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>The client certificate %1 expires in %n day(s) (%2); renew it soon.</source>
        <translation>
            <numerusform>The client certificate %1 expires in %n day (%2); renew it soon.</numerusform>
            <numerusform>The client certificate %1 expires in %n days (%2); renew it soon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>The server certificate %1 expires in %n day(s) (%2); renew it soon.</source>
        <translation>
            <numerusform>The server certificate %1 expires in %n day (%2); renew it soon.</numerusform>
            <numerusform>The server certificate %1 expires in %n days (%2); renew it soon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbs::api::CallOutcome</name>
    <message numerus="yes">
        <location filename="../src/core/api/CallOutcome.cpp" line="+72"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbs::gui::BuildPage</name>
    <message numerus="yes">
        <location filename="../src/app/BuildPage.cpp" line="+351"/>
        <source>%n build(s) in %1</source>
        <translation>
            <numerusform>%n build in %1</numerusform>
            <numerusform>%n builds in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbs::gui::CertificatesPage</name>
    <message numerus="yes">
        <location filename="../src/app/CertificatesPage.cpp" line="+540"/>
        <source>The table shows %n more problem(s).</source>
        <translation>
            <numerusform>The table shows %n more problem.</numerusform>
            <numerusform>The table shows %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+520"/>
        <source>Copied the values to the clipboard; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied the values to the clipboard; it is cleared in %n second.</numerusform>
            <numerusform>Copied the values to the clipboard; it is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbs::gui::CompareView</name>
    <message numerus="yes">
        <location filename="../src/app/CompareView.cpp" line="+380"/>
        <source>(%n difference(s) inside .git not listed)</source>
        <translation>
            <numerusform>(%n difference inside .git not listed)</numerusform>
            <numerusform>(%n differences inside .git not listed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbs::gui::ContractBuilder</name>
    <message numerus="yes">
        <location filename="../src/app/ContractBuilder.cpp" line="+362"/>
        <source>An encrypted workload section (hyper-protect-basic, %n characters).</source>
        <translation>
            <numerusform>An encrypted workload section (hyper-protect-basic, %n character).</numerusform>
            <numerusform>An encrypted workload section (hyper-protect-basic, %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbs::gui::OverviewPage</name>
    <message numerus="yes">
        <location filename="../src/app/OverviewPage.cpp" line="+257"/>
        <source>The first to expire is valid for %n more day(s).</source>
        <translation>
            <numerusform>The first to expire is valid for %n more day.</numerusform>
            <numerusform>The first to expire is valid for %n more days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbs::gui::StatePage</name>
    <message numerus="yes">
        <location filename="../src/app/StatePage.cpp" line="+626"/>
        <source>%n state image(s) can be imported under the current SECRET. Rotating the secret makes them unusable: export a fresh one afterwards.</source>
        <translation>
            <numerusform>%n state image can be imported under the current SECRET. Rotating the secret makes it unusable: export a fresh one afterwards.</numerusform>
            <numerusform>%n state images can be imported under the current SECRET. Rotating the secret makes them unusable: export a fresh one afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbs::models::CertificateTableModel</name>
    <message numerus="yes">
        <location filename="../src/core/models/CertificateTableModel.cpp" line="+43"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbs::models::Findings</name>
    <message numerus="yes">
        <location filename="../src/core/models/Findings.cpp" line="+85"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbs::models::ProfileSession</name>
    <message numerus="yes">
        <location filename="../src/core/models/ProfileSession.cpp" line="+256"/>
        <source>The %1 expires in %n day(s); renew it on the Certificates page.</source>
        <translation>
            <numerusform>The %1 expires in %n day; renew it on the Certificates page.</numerusform>
            <numerusform>The %1 expires in %n days; renew it on the Certificates page.</numerusform>
        </translation>
    </message>
</context>
</TS>
