#pragma once
// One file format other tools keep actions in (Terraform today). Each format
// converts between its own text and action JSON behind this small interface;
// errors and losses come back as values, never as exceptions or dialogs, so the
// CLI and the GUI share every format unchanged.

#include "json/jsonvalue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ad {

// A part of an action the format cannot express, or that comes back changed
// when the format is read again. `pointer` is a JSON pointer into the exported
// file ("" = the whole file).
struct FormatGap {
    QString pointer;
    QString reason;
    bool operator==(const FormatGap &o) const { return pointer == o.pointer && reason == o.reason; }
};
using FormatGaps = QList<FormatGap>;
// "/trigger/userInputs/properties/x/uniqueItems: Terraform has no attribute for
// uniqueItems"
QString formatGapLine(const FormatGap &gap);

struct FormatExport {
    QByteArray bytes;  // the file to write; empty when error is set
    FormatGaps gaps;   // what the file loses; the caller decides whether that is
                       // acceptable
    QString error;     // nothing could be written (no action, unreadable input)
    bool ok() const { return error.isEmpty(); }
};

struct FormatImport {
    // Action JSON objects with the name each should be saved under (the action
    // identifier).
    struct Item {
        QString name;
        JsonValue action;
    };
    QList<Item> actions;
    QStringList warnings;  // parts skipped, one line each
    QString error;         // nothing could be read
    bool ok() const { return error.isEmpty(); }
};

class ActionFormat {
public:
    virtual ~ActionFormat() = default;
    virtual QString name() const = 0;           // "Terraform"
    virtual QString fileExtension() const = 0;  // "tf"
    // `actions` are (pointer, action) pairs; the pointer prefixes the gap
    // pointers so they name the place in the file the actions came from.
    struct Source {
        QString pointer;
        JsonValue action;
    };
    virtual FormatExport exportActions(const QList<Source> &actions) const = 0;
    virtual FormatImport importActions(const QByteArray &bytes) const = 0;
};

}  // namespace ad

namespace ad {

class ActionFile;

// The actions of a file as format sources; `prefix` goes before every pointer
// (a folder export uses "deploy.json#" so gap lines name the file).
QList<ActionFormat::Source> formatSources(const ActionFile &file, const QString &prefix = {});
// The action files in a folder and below it, sorted; scenario sidecars are not
// actions.
QStringList actionFilesIn(const QString &dir);

}  // namespace ad
