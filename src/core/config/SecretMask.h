#pragma once

#include "config/ConfigDocument.h"

#include <QByteArray>
#include <QString>

namespace sbs::config {

// The document as JSON with every secret value replaced by "<KEY>" (e.g. "<DOCKER_PASSWORD>").
QByteArray maskedJson(const ConfigDocument& doc);

// Replaces every occurrence of every non-empty secret value of doc in text by <KEY>.
QString maskSecrets(const QString& text, const ConfigDocument& doc);

} // namespace sbs::config
