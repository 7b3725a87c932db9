#include "app/document/document.h"

#include "app/document/editcommand.h"
#include "app/document/textsplice.h"
#include "app/util/background.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

#include <future>
#include <memory>
#include <utility>

namespace ad::app {

namespace {

const JsonValue &nullValue()
{
    static const JsonValue v;
    return v;
}

QString parentPointer(const QString &pointer)
{
    const int slash = pointer.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QString() : pointer.left(slash);
}

QString lastToken(const QString &pointer)
{
    const QStringList t = jsonPointerTokens(pointer);
    return t.isEmpty() ? QString() : t.last();
}

bool arrayIndex(const QString &token, qsizetype size, qsizetype *index)
{
    if (token == QLatin1String("-")) {
        *index = size;
        return true;
    }
    bool ok = false;
    const qsizetype i = token.toLongLong(&ok);
    if (!ok || i < 0 || i > size)
        return false;
    *index = i;
    return true;
}

// Walks `tokens` from `root`, creating missing objects on the way (and appending when an array
// token is its end); the last missing node starts as `leaf`. nullptr when the path cannot exist.
JsonValue *makePath(JsonValue &root, const QStringList &tokens, const JsonValue &leaf)
{
    JsonValue *node = &root;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString &tok = tokens.at(i);
        const JsonValue fresh = i == tokens.size() - 1 ? leaf : JsonValue::object();
        if (!node->isContainer())
            return nullptr;
        if (node->isArray()) {
            qsizetype idx = 0;
            if (!arrayIndex(tok, node->size(), &idx))
                return nullptr;
            if (idx == node->size())
                node->append(fresh);
            node = &(*node)[idx];
        } else {
            JsonValue *next = node->find(tok);
            node = next ? next : &node->set(tok, fresh);
        }
    }
    return node;
}

}  // namespace

struct Document::Private {
    struct ParseResult {
        quint64 gen = 0;
        ActionFile file;
    };
    struct Request {
        quint64 gen = 0;
        int action = 0;
        QString pointer;
    };

    Document *q = nullptr;
    QUndoStack *stack = nullptr;
    // The model, shared read-only with background work (validation); replaced, never edited in place.
    std::shared_ptr<const ActionFile> model = std::make_shared<const ActionFile>();
    const ActionFile &file() const { return *model; }
    QString text;  // what the JSON view shows; parses to `file` unless `pending`
    bool pending = false;
    JsonParseError parseError;
    int current = 0;
    QString path;
    QString untitledName = QObject::tr("Untitled");
    quint64 textGen = 0;    // bumped whenever `text` changes
    quint64 parsedGen = 0;  // the text generation `file`/`pending` reflect
    Request request;        // what the newest text asked for (action index, changed pointer)
    std::future<ParseResult> worker;
    quint64 workerGen = 0;  // the text generation `worker` parses
    std::shared_ptr<const ActionFile> graveyard;   // the replaced model, freed by the next worker instead of the UI thread

    QString actionPrefix() const
    {
        const QStringList ptrs = file().actionPointers();
        return current >= 0 && current < ptrs.size() ? ptrs.at(current) : QString();
    }

    // Puts a state in place: the text at once, the model when the text parses. A large text is
    // parsed on a worker thread so typing in the JSON view of a big file never waits for a full
    // re-parse; the model (and the signals) follow when that parse lands. Edits settle() first.
    void apply(const DocumentState &s, const QString &pointer)
    {
        text = s.text;
        ++textGen;
        // Requests that pile up while a parse runs are applied together: "everything changed".
        request = {textGen, s.action, parsedGen + 1 == textGen ? pointer : QString()};
        if (text.size() < Document::kLargeTextChars && !parseRunning()) {
            finish(ActionFile::fromBytes(text.toUtf8(), path));
            return;
        }
        if (!parseRunning())
            startParse();
    }

    bool parseRunning() const { return worker.valid(); }

    void startParse()
    {
        const quint64 gen = textGen;
        worker = startInBackground(
            q,
            [bytes = text.toUtf8(), p = path, gen, old = std::move(graveyard)]() mutable {
                old.reset();  // the replaced model is freed here too, not on the UI thread
                return ParseResult{gen, ActionFile::fromBytes(bytes, p)};
            },
            [this, gen] { collect(false, gen); });
        workerGen = gen;
    }

    // Takes the finished (or, with wait, the running) parse's result and applies it when it is
    // still the latest text; starts the next parse when the text moved on meanwhile.
    void collect(bool wait, quint64 landed = 0)
    {
        // `landed` names the worker whose call back this is: its result is set, or just being set.
        if (worker.valid() && (wait || landed == workerGen || isReady(worker))) {
            ParseResult r = worker.get();
            if (r.gen == textGen && parsedGen != textGen)
                finish(std::move(r.file));
        }
        if (parsedGen != textGen && !worker.valid()) {
            if (wait)
                finish(ActionFile::fromBytes(text.toUtf8(), path));
            else
                startParse();
        }
    }

    // Brings the model up to the text before anything reads the two together (edits, saving).
    void settle()
    {
        collect(true);
    }

    void finish(ActionFile parsed)
    {
        const bool wasPending = pending;
        const int oldCurrent = current;
        parsedGen = request.gen;
        if (parsed.ok()) {
            graveyard = std::exchange(model, std::make_shared<const ActionFile>(std::move(parsed)));
            pending = false;
            parseError = {};
        } else {
            pending = true;
            parseError = parsed.parseError();
        }
        if (text.size() < Document::kLargeTextChars)
            graveyard = {};
        current = qBound(0, request.action, qMax(0, int(file().actionCount()) - 1));
        if (current != oldCurrent)
            emit q->currentActionChanged(current);
        if (pending != wasPending)
            emit q->parseStateChanged(!pending);
        emit q->changed(current == request.action && current == oldCurrent ? request.pointer : QString());
    }

    DocumentState state() const { return {text, current}; }

    void push(const QString &undoText, const DocumentState &after, const QString &pointer, const QString &mergeKey)
    {
        if (after.text == text)
            return;  // no-op edits leave no undo step
        stack->push(new EditCommand(undoText, state(), after, pointer, mergeKey,
                                    [this](const DocumentState &s, const QString &p) { apply(s, p); }));
    }

    // Commits an edit of the node at `touched` (from the file root): the deepest node that existed
    // before the edit and contains everything that changed. Only that node's text is rewritten,
    // and only that node is copied and compared, so an edit costs the same in a 1 MB file.
    void commit(const QString &touched, const JsonValue &newNode, const QString &pointer, const QString &undoText,
                const QString &mergeKey)
    {
        const JsonValue *oldNode = resolvePointer(file().root(), touched);
        if (!oldNode || *oldNode == newNode)
            return;
        SpliceResult r = spliceValue(text, *oldNode, newNode);
        if (!r.ok) {
            // Positions that do not fit the text: write the whole file canonically instead.
            JsonValue root = file().root();
            *resolvePointer(root, touched) = newNode;
            r.text = QString::fromUtf8(writeJson(root));
        }
        push(undoText, {r.text, current}, pointer, mergeKey);
    }

    // A copy of the node at `touched` to edit, with the tokens leading from it to `full`.
    JsonValue copyFor(const QString &touched, const QString &full, QStringList *rest) const
    {
        *rest = jsonPointerTokens(full).mid(jsonPointerTokens(touched).size());
        const JsonValue *n = resolvePointer(file().root(), touched);
        return n ? *n : JsonValue();
    }

    // The deepest existing ancestor (or self) of `full` in the current root.
    QString deepestExisting(const QString &full) const
    {
        QString p = full;
        while (!p.isEmpty() && !resolvePointer(file().root(), p))
            p = parentPointer(p);
        return p;
    }
};

Document::Document(QObject *parent) : QObject(parent), d(new Private)
{
    d->q = this;
    d->stack = new QUndoStack(this);
    connect(d->stack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document()
{
    delete d;
}

bool Document::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    if (!loadBytes(bytes, QFileInfo(path).fileName(), error))
        return false;
    d->path = QFileInfo(path).absoluteFilePath();
    emit pathChanged(d->path);
    return true;
}

bool Document::loadBytes(const QByteArray &utf8, const QString &displayName, QString *error)
{
    Q_UNUSED(error);
    // Text that does not parse still loads (nothing is lost): the user fixes it in the JSON view.
    d->stack->clear();
    d->untitledName = displayName.isEmpty() ? tr("Untitled") : displayName;
    d->path.clear();
    d->text = QString::fromUtf8(utf8);
    d->parsedGen = ++d->textGen;  // a parse still running for the old text is dropped when it lands
    d->request = {d->textGen, 0, QString()};
    ActionFile parsed = ActionFile::fromBytes(utf8);
    d->pending = !parsed.ok();
    d->parseError = parsed.parseError();
    d->model = std::make_shared<const ActionFile>(d->pending ? ActionFile() : std::move(parsed));
    d->current = 0;
    d->stack->setClean();
    emit pathChanged(QString());
    emit currentActionChanged(0);
    emit parseStateChanged(!d->pending);
    emit changed(QString());
    emit modifiedChanged(false);
    return true;
}

void Document::loadRecovered(const QString &path, const QString &text)
{
    loadBytes(text.toUtf8(), path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName());
    d->path = path;
    emit pathChanged(d->path);
    d->stack->resetClean();  // a recovered text is unsaved work
    emit modifiedChanged(true);
}

bool Document::save(QString *error)
{
    if (d->path.isEmpty()) {
        if (error)
            *error = tr("The document has no file name yet.");
        return false;
    }
    return saveAs(d->path, error);
}

bool Document::saveAs(const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    f.write(d->text.toUtf8());
    if (!f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (abs != d->path) {
        d->path = abs;
        emit pathChanged(abs);
    }
    d->stack->setClean();
    return true;
}

QString Document::path() const
{
    return d->path;
}

QString Document::displayName() const
{
    return d->path.isEmpty() ? d->untitledName : QFileInfo(d->path).fileName();
}

bool Document::isModified() const
{
    return !d->stack->isClean();
}

const ActionFile &Document::file() const
{
    return d->file();
}

std::shared_ptr<const ActionFile> Document::snapshot() const
{
    return d->model;
}

int Document::actionCount() const
{
    return int(d->file().actionCount());
}

int Document::currentAction() const
{
    return d->current;
}

void Document::setCurrentAction(int index)
{
    d->settle();
    index = qBound(0, index, qMax(0, actionCount() - 1));
    if (index == d->current)
        return;
    d->current = index;
    emit currentActionChanged(index);
    emit changed(QString());
}

QString Document::actionPointer() const
{
    return d->actionPrefix();
}

QString Document::actionTitle(int index) const
{
    const JsonValue *a = d->file().action(index);
    if (!a)
        return {};
    for (const char *key : {"title", "identifier"}) {
        const QString s = a->value(QString::fromLatin1(key)).toString();
        if (!s.isEmpty())
            return s;
    }
    return tr("Action %1").arg(index + 1);
}

const JsonValue &Document::action() const
{
    const JsonValue *a = d->file().action(d->current);
    return a ? *a : nullValue();
}

const JsonValue *Document::value(const QString &pointer) const
{
    return resolvePointer(action(), pointer);
}

void Document::setValue(const QString &pointer, const JsonValue &v, const QString &undoText, const QString &mergeKey)
{
    d->settle();
    if (d->pending || actionCount() == 0)
        return;
    const QString full = d->actionPrefix() + pointer;
    if (const JsonValue *old = resolvePointer(d->file().root(), full); old && *old == v)
        return;
    const QString touched = d->deepestExisting(full);
    QStringList rest;
    JsonValue node = d->copyFor(touched, full, &rest);
    JsonValue *leaf = makePath(node, rest, v);
    if (!leaf)
        return;
    *leaf = v;
    const QString text = undoText.isEmpty() ? tr("Change %1").arg(pointer) : undoText;
    d->commit(touched, node, pointer, text, mergeKey);
}

void Document::removeValue(const QString &pointer, const QString &undoText)
{
    d->settle();
    if (d->pending || actionCount() == 0 || pointer.isEmpty())
        return;
    const QString full = d->actionPrefix() + pointer;
    if (!resolvePointer(d->file().root(), full))
        return;
    const QString parentFull = parentPointer(full);
    JsonValue parent = *resolvePointer(d->file().root(), parentFull);
    const QString tok = lastToken(full);
    if (parent.isArray()) {
        qsizetype idx = 0;
        if (!arrayIndex(tok, parent.size() - 1, &idx))
            return;
        parent.removeAt(idx);
    } else if (parent.isObject()) {
        parent.remove(tok);
    } else {
        return;
    }
    d->commit(parentFull, parent, parentPointer(pointer), undoText.isEmpty() ? tr("Remove %1").arg(pointer) : undoText,
              QString());
}

void Document::insertValue(const QString &containerPointer, int index, const QString &key, const JsonValue &v,
                           const QString &undoText)
{
    d->settle();
    if (d->pending || actionCount() == 0)
        return;
    const QString full = d->actionPrefix() + containerPointer;
    const QString touched = d->deepestExisting(full);
    QStringList rest;
    JsonValue node = d->copyFor(touched, full, &rest);
    JsonValue *c = makePath(node, rest, key.isEmpty() ? JsonValue::array() : JsonValue::object());
    if (!c)
        return;
    if (c->isArray()) {
        const qsizetype at = index < 0 || index > c->size() ? c->size() : index;
        c->insert(at, v);
    } else if (c->isObject()) {
        auto &members = c->members();
        for (auto it = members.begin(); it != members.end();) {
            it = it->key == key ? members.erase(it) : it + 1;
        }
        JsonMember m;
        m.key = key;
        m.value = v;
        const qsizetype at = index < 0 || index > qsizetype(members.size()) ? qsizetype(members.size()) : index;
        members.insert(members.begin() + at, m);
    } else {
        return;
    }
    d->commit(touched, node, containerPointer, undoText.isEmpty() ? tr("Add to %1").arg(containerPointer) : undoText,
              QString());
}

void Document::moveArrayItem(const QString &arrayPointer, int from, int to, const QString &undoText)
{
    d->settle();
    if (d->pending || actionCount() == 0 || from == to)
        return;
    const QString full = d->actionPrefix() + arrayPointer;
    const JsonValue *old = resolvePointer(d->file().root(), full);
    if (!old || !old->isArray() || from < 0 || to < 0 || from >= old->size() || to >= old->size())
        return;
    JsonValue a = *old;
    const JsonValue item = a.at(from);
    a.removeAt(from);
    a.insert(to, item);
    d->commit(full, a, arrayPointer, undoText.isEmpty() ? tr("Move item") : undoText, QString());
}

QString Document::text() const
{
    return d->text;
}

void Document::setText(const QString &text)
{
    d->push(tr("Edit JSON"), {text, d->current}, QString(), QStringLiteral("json-text"));
}

void Document::replaceText(const QString &text, const QString &undoText)
{
    d->settle();
    d->push(undoText, {text, d->current}, QString(), QString());
    d->settle();
}

bool Document::hasPendingText() const
{
    return d->pending;
}

const JsonParseError &Document::parseError() const
{
    return d->parseError;
}

bool Document::isParsing() const
{
    return d->parsedGen != d->textGen;
}

void Document::settle()
{
    d->settle();
}

QUndoStack *Document::undoStack() const
{
    return d->stack;
}

}  // namespace ad::app
