<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Must be an object</source>
        <translation>Muss ein Objekt sein</translation>
    </message>
    <message>
        <source>
Required.</source>
        <translation>
Pflichtfeld.</translation>
    </message>
    <message>
        <source>A dataset is {&quot;combinator&quot;: ..., &quot;rules&quot;: [...]}</source>
        <translation>Ein Dataset ist {&quot;combinator&quot;: ..., &quot;rules&quot;: [...]}</translation>
    </message>
    <message>
        <source>Empty: Port uses Create / Execute / Delete by operation.</source>
        <translation>Leer: Port verwendet je nach Operation Create / Execute / Delete.</translation>
    </message>
    <message>
        <source>%1 of 15 characters</source>
        <translation>%1 von 15 Zeichen</translation>
    </message>
    <message>
        <source>; no spaces at the start or end</source>
        <translation>; keine Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>The condition must be an object</source>
        <translation>Die Bedingung muss ein Objekt sein</translation>
    </message>
    <message>
        <source>The condition needs &quot;type&quot;: &quot;SEARCH&quot;</source>
        <translation>Die Bedingung braucht &quot;type&quot;: &quot;SEARCH&quot;</translation>
    </message>
    <message>
        <source>The condition needs a &quot;rules&quot; array</source>
        <translation>Die Bedingung braucht ein &quot;rules&quot;-Array</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>User inputs</source>
        <translation>Benutzereingaben</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <source>There is no action to run: open or create one first.</source>
        <translation>Es gibt keine Aktion zum Ausführen: Öffnen oder erstellen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Backends and secrets</source>
        <translation>Backends und Secrets</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
</context>
<context>
    <name>ad::ActionFile</name>
    <message>
        <source>moved %1 from %2 into %3 (Port&apos;s API rejects the flat INTEGRATION_ACTION form, §10.3)</source>
        <translation>%1 von %2 nach %3 verschoben (Ports API lehnt die flache INTEGRATION_ACTION-Form ab, §10.3)</translation>
    </message>
    <message>
        <source>a single action</source>
        <translation>eine einzelne Aktion</translation>
    </message>
    <message>
        <source>an array of actions</source>
        <translation>ein Array von Aktionen</translation>
    </message>
    <message>
        <source>a Port API response with one action</source>
        <translation>eine Port-API-Antwort mit einer Aktion</translation>
    </message>
    <message>
        <source>a Port API response with a list of actions</source>
        <translation>eine Port-API-Antwort mit einer Liste von Aktionen</translation>
    </message>
    <message>
        <source>not an action file</source>
        <translation>keine Aktionsdatei</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>kann die Standardeingabe nicht lesen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>file is %1 MiB; files over %2 MiB are not read</source>
        <translation>Datei ist %1 MiB groß; Dateien über %2 MiB werden nicht gelesen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
    <message>
        <source>more than %1 MiB; not read</source>
        <translation>mehr als %1 MiB; nicht gelesen</translation>
    </message>
    <message>
        <source>this is a Port error response, not an action</source>
        <translation>dies ist eine Fehlerantwort von Port, keine Aktion</translation>
    </message>
    <message>
        <source>&apos;action&apos; in an API response must be an object, not %1</source>
        <translation>&apos;action&apos; in einer API-Antwort muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;actions&apos; in an API response must be an array, not %1</source>
        <translation>&apos;actions&apos; in einer API-Antwort muss ein Array sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;ok&apos; in an API response must be true or false</source>
        <translation>&apos;ok&apos; in einer API-Antwort muss true oder false sein</translation>
    </message>
    <message>
        <source>an API response without &apos;action&apos; or &apos;actions&apos;: no action to read</source>
        <translation>eine API-Antwort ohne &apos;action&apos; oder &apos;actions&apos;: keine Aktion zu lesen</translation>
    </message>
    <message>
        <source>expected an action object, an array of actions or a Port API response, found %1</source>
        <translation>Aktionsobjekt, Array von Aktionen oder Port-API-Antwort erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an action object, found %1</source>
        <translation>Aktionsobjekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>left out %1 of the API response envelope</source>
        <translation>%1 aus der Hülle der API-Antwort weggelassen</translation>
    </message>
    <message>
        <source>unwrapped the API response {&quot;ok&quot;: true, &quot;action&quot;: {...}} to the bare action</source>
        <translation>die API-Antwort {&quot;ok&quot;: true, &quot;action&quot;: {...}} zur reinen Aktion ausgepackt</translation>
    </message>
    <message>
        <source>unwrapped the API response {&quot;ok&quot;: true, &quot;actions&quot;: [...]} to an array of actions (POST /v1/actions takes one action per request)</source>
        <translation>die API-Antwort {&quot;ok&quot;: true, &quot;actions&quot;: [...]} zu einem Array von Aktionen ausgepackt (POST /v1/actions nimmt eine Aktion pro Anfrage)</translation>
    </message>
</context>
<context>
    <name>ad::BackendDecl</name>
    <message>
        <source>true or false, or a {{ jq }} template that yields one when the action runs.</source>
        <translation>true oder false, oder eine {{ jq }}-Vorlage, die beim Ausführen der Aktion einen davon liefert.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>GitHub organization or user that owns the repository.</source>
        <translation>GitHub-Organisation oder -Benutzer, dem das Repository gehört.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Repository name, without the owner.</source>
        <translation>Name des Repositorys, ohne Besitzer.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Workflow file name in .github/workflows/ (e.g. deploy.yml) or its numeric id. It must declare `on: workflow_dispatch`.</source>
        <translation>Dateiname des Workflows in .github/workflows/ (z. B. deploy.yml) oder seine numerische ID. Er muss `on: workflow_dispatch` deklarieren.</translation>
    </message>
    <message>
        <source>Workflow inputs</source>
        <translation>Workflow-Eingaben</translation>
    </message>
    <message>
        <source>Becomes the dispatch&apos;s `inputs`. A `ref` key selects the branch and is taken out of the inputs; every non-string value is sent JSON-encoded as a string. GitHub accepts at most 10 inputs.</source>
        <translation>Wird zu den `inputs` des Dispatch. Ein Schlüssel `ref` wählt den Branch und wird aus den Eingaben entfernt; jeder Wert, der keine Zeichenkette ist, wird JSON-kodiert als Zeichenkette gesendet. GitHub akzeptiert höchstens 10 Eingaben.</translation>
    </message>
    <message>
        <source>Report workflow status</source>
        <translation>Workflow-Status melden</translation>
    </message>
    <message>
        <source>When on, Port sets the run to SUCCESS or FAILURE from the workflow&apos;s conclusion.</source>
        <translation>Wenn an, setzt Port den Lauf je nach Ergebnis des Workflows auf SUCCESS oder FAILURE.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Where Port sends the request. Templates allowed, e.g. https://api.example.com/{{ .inputs.id }}.</source>
        <translation>Wohin Port die Anfrage sendet. Vorlagen sind erlaubt, z. B. https://api.example.com/{{ .inputs.id }}.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>HTTP method.</source>
        <translation>HTTP-Methode.</translation>
    </message>
    <message>
        <source>Through the Port agent</source>
        <translation>Über den Port-Agent</translation>
    </message>
    <message>
        <source>Synchronized</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>When on, Port waits for the response: 2xx ends the run SUCCESS, anything else FAILURE, and the response body is stored on the run.</source>
        <translation>Wenn an, wartet Port auf die Antwort: 2xx beendet den Lauf mit SUCCESS, alles andere mit FAILURE, und der Body der Antwort wird am Lauf gespeichert.</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Extra request headers. Put tokens in {{ .secrets.NAME }}, never literally.</source>
        <translation>Zusätzliche Header der Anfrage. Tokens gehören in {{ .secrets.NAME }}, nie im Klartext.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>The JSON body. Keys and values may be templates; &quot;{{ spreadValue() }}&quot; as a key merges an object.</source>
        <translation>Der JSON-Body. Schlüssel und Werte dürfen Vorlagen sein; &quot;{{ spreadValue() }}&quot; als Schlüssel fügt die Felder eines Objekts ein.</translation>
    </message>
    <message>
        <source>GitHub workflow</source>
        <translation>GitHub-Workflow</translation>
    </message>
    <message>
        <source>Port&apos;s GitHub App dispatches a workflow (workflow_dispatch) in your repository.</source>
        <translation>Die GitHub-App von Port startet einen Workflow (workflow_dispatch) in Ihrem Repository.</translation>
    </message>
    <message>
        <source>GitLab pipeline</source>
        <translation>GitLab-Pipeline</translation>
    </message>
    <message>
        <source>The Port agent triggers a pipeline in your (self-hosted) GitLab.</source>
        <translation>Der Port-Agent startet eine Pipeline in Ihrem (selbst betriebenen) GitLab.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Last segment of the project&apos;s path (https://gitlab.com/GROUP/SUBGROUP/PROJECT).</source>
        <translation>Letztes Segment des Projektpfads (https://gitlab.com/GROUP/SUBGROUP/PROJECT).</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Group and subgroups, e.g. group/subgroup.</source>
        <translation>Gruppe und Untergruppen, z. B. group/subgroup.</translation>
    </message>
    <message>
        <source>Default ref</source>
        <translation>Standard-Ref</translation>
    </message>
    <message>
        <source>Branch or tag; a user input named `ref` overrides it; main when empty.</source>
        <translation>Branch oder Tag; eine Benutzereingabe namens `ref` überschreibt ihn; leer bedeutet main.</translation>
    </message>
    <message>
        <source>Pipeline variables</source>
        <translation>Pipeline-Variablen</translation>
    </message>
    <message>
        <source>Passed to the pipeline as variables (values become strings).</source>
        <translation>Werden der Pipeline als Variablen übergeben (Werte werden zu Zeichenketten).</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Kafka-Topic</translation>
    </message>
    <message>
        <source>Port publishes the payload to your organization&apos;s runs topic (ORG_ID.runs).</source>
        <translation>Port veröffentlicht den Payload im Runs-Topic Ihrer Organisation (ORG_ID.runs).</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>The message value (JSON), templated.</source>
        <translation>Der Wert der Nachricht (JSON), mit Vorlagen.</translation>
    </message>
    <message>
        <source>Create or update an entity</source>
        <translation>Entität anlegen oder aktualisieren</translation>
    </message>
    <message>
        <source>Port itself creates or updates an entity from the mapping; no external call.</source>
        <translation>Port selbst legt aus dem Mapping eine Entität an oder aktualisiert sie; kein externer Aufruf.</translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <source>Identifier of the blueprint the entity belongs to.</source>
        <translation>Kennung des Blueprints, zu dem die Entität gehört.</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>How the entity is built. Every value may be a template.</source>
        <translation>Wie die Entität gebildet wird. Jeder Wert darf eine Vorlage sein.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>An existing identifier updates that entity; a new one creates it.</source>
        <translation>Eine bestehende Kennung aktualisiert diese Entität; eine neue legt sie an.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The entity&apos;s title.</source>
        <translation>Der Titel der Entität.</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Icon name.</source>
        <translation>Symbolname.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>A team, a list of teams, or a template returning either.</source>
        <translation>Ein Team, eine Liste von Teams oder eine Vorlage, die eines von beiden liefert.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Property identifier -&gt; value. Keys may be templates.</source>
        <translation>Kennung der Eigenschaft -&gt; Wert. Schlüssel dürfen Vorlagen sein.</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relationen</translation>
    </message>
    <message>
        <source>Relation identifier -&gt; entity identifier(s). For entity inputs use {{ .inputs.x.identifier }}, for lists {{ .inputs.x | map(.identifier) }}.</source>
        <translation>Kennung der Relation -&gt; Kennung(en) der Entität. Für Entitätseingaben {{ .inputs.x.identifier }} verwenden, für Listen {{ .inputs.x | map(.identifier) }}.</translation>
    </message>
    <message>
        <source>Azure DevOps pipeline</source>
        <translation>Azure-DevOps-Pipeline</translation>
    </message>
    <message>
        <source>Port posts the payload to an Azure DevOps incoming webhook that triggers a pipeline.</source>
        <translation>Port sendet den Payload an einen eingehenden Azure-DevOps-Webhook, der eine Pipeline startet.</translation>
    </message>
    <message>
        <source>Webhook name</source>
        <translation>Webhook-Name</translation>
    </message>
    <message>
        <source>Name of resources.webhooks[].webhook in the pipeline YAML.</source>
        <translation>Name von resources.webhooks[].webhook im Pipeline-YAML.</translation>
    </message>
    <message>
        <source>Azure DevOps organization.</source>
        <translation>Azure-DevOps-Organisation.</translation>
    </message>
    <message>
        <source>The JSON body, templated.</source>
        <translation>Der JSON-Body, mit Vorlagen.</translation>
    </message>
    <message>
        <source>GitHub workflow (Ocean integration)</source>
        <translation>GitHub-Workflow (Ocean-Integration)</translation>
    </message>
    <message>
        <source>The GitHub Ocean integration claims the run and dispatches the workflow.</source>
        <translation>Die GitHub-Ocean-Integration übernimmt den Lauf und startet den Workflow.</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Identifier of the Ocean integration installation that executes the run.</source>
        <translation>Kennung der Installation der Ocean-Integration, die den Lauf ausführt.</translation>
    </message>
    <message>
        <source>Action type</source>
        <translation>Aktionstyp</translation>
    </message>
    <message>
        <source>What the integration does.</source>
        <translation>Was die Integration tut.</translation>
    </message>
    <message>
        <source>Port&apos;s API nests the workflow fields here (the docs sometimes show them flat).</source>
        <translation>Die API von Port verschachtelt die Workflow-Felder hier (die Dokumentation zeigt sie manchmal flach).</translation>
    </message>
    <message>
        <source>Not a type Port&apos;s API accepts: these backends are webhooks. Use WEBHOOK.</source>
        <translation>Kein Typ, den die API von Port akzeptiert: Diese Backends sind Webhooks. Verwenden Sie WEBHOOK.</translation>
    </message>
    <message>
        <source>Port sends an HTTP request to your URL, signed with X-Port-Signature: an HMAC-SHA256 of &quot;&lt;X-Port-Timestamp&gt;.&lt;body&gt;&quot; keyed with your organization&apos;s client secret. Test runs sign with the scenario&apos;s client secret, else the Port client secret in Settings &gt; Backends and secrets; with neither, the key is empty, which only a receiver that verifies signatures rejects. With agent on, the Port execution agent makes the call from your network.</source>
        <translation>Port sendet eine HTTP-Anfrage an Ihre URL, signiert mit X-Port-Signature: ein HMAC-SHA256 von &quot;&lt;X-Port-Timestamp&gt;.&lt;body&gt;&quot; mit dem Client-Secret Ihrer Organisation als Schlüssel. Testläufe signieren mit dem Client-Secret des Szenarios, sonst mit dem Port-Client-Secret unter Einstellungen &gt; Backends und Secrets; fehlen beide, ist der Schlüssel leer, was nur ein Empfänger ablehnt, der Signaturen prüft. Ist agent an, führt der Port-Ausführungsagent den Aufruf aus Ihrem Netzwerk aus.</translation>
    </message>
</context>
<context>
    <name>ad::ContextBuilder</name>
    <message>
        <source>%1: jqQuery not evaluated (no jq engine)</source>
        <translation>%1: jqQuery nicht ausgewertet (keine jq-Engine)</translation>
    </message>
    <message>
        <source>%1: jq error: %2</source>
        <translation>%1: jq-Fehler: %2</translation>
    </message>
    <message>
        <source>%1: jqQuery produced no output</source>
        <translation>%1: jqQuery lieferte keine Ausgabe</translation>
    </message>
    <message>
        <source>dataset rule value</source>
        <translation>dataset-Regelwert</translation>
    </message>
    <message>
        <source>enum: jqQuery returned %1, not an array</source>
        <translation>enum: jqQuery lieferte %1, kein Array</translation>
    </message>
    <message>
        <source>userInputs.required: jqQuery could not be evaluated</source>
        <translation>userInputs.required: jqQuery konnte nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>userInputs.required: jqQuery returned a boolean; Port&apos;s documented form is an array of input ids</source>
        <translation>userInputs.required: jqQuery lieferte einen Boolean; Ports dokumentierte Form ist ein Array von Eingabe-IDs</translation>
    </message>
    <message>
        <source>input %1 is encrypted by Port before sending (AES-256-GCM); the preview renders its clear value, masked</source>
        <translation>Eingabe %1 wird von Port vor dem Senden verschlüsselt (AES-256-GCM); die Vorschau verwendet ihren Klartextwert, maskiert</translation>
    </message>
    <message>
        <source>input %1: %2</source>
        <translation>Eingabe %1: %2</translation>
    </message>
    <message>
        <source>secret %1 is used by the action but the scenario has no value for it (.secrets.%1 is null)</source>
        <translation>Secret %1 wird von der Aktion verwendet, aber das Szenario hat keinen Wert dafür (.secrets.%1 ist null)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>title %1</source>
        <translation>Titel %1</translation>
    </message>
</context>
<context>
    <name>ad::InputCheck</name>
    <message>
        <source>is not an email address</source>
        <translation>ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>is not a URL</source>
        <translation>ist keine URL</translation>
    </message>
    <message>
        <source>is not a date and time (ISO 8601)</source>
        <translation>ist kein Datum mit Uhrzeit (ISO 8601)</translation>
    </message>
    <message>
        <source>is not an IPv4 address</source>
        <translation>ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>is not an IPv6 address</source>
        <translation>ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>%1 is not a %2</source>
        <translation>%1 ist nicht vom Typ %2</translation>
    </message>
    <message>
        <source>is shorter than minLength %1</source>
        <translation>ist kürzer als minLength %1</translation>
    </message>
    <message>
        <source>is longer than maxLength %1</source>
        <translation>ist länger als maxLength %1</translation>
    </message>
    <message>
        <source>does not match the pattern %1</source>
        <translation>passt nicht zum Muster %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 liegt unter dem Minimum %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <source>%1 is not above the exclusive minimum %2</source>
        <translation>%1 liegt nicht über dem exklusiven Minimum %2</translation>
    </message>
    <message>
        <source>%1 is not below the exclusive maximum %2</source>
        <translation>%1 liegt nicht unter dem exklusiven Maximum %2</translation>
    </message>
    <message>
        <source>is required but empty</source>
        <translation>ist Pflicht, aber leer</translation>
    </message>
    <message>
        <source>%1 is not one of the choices</source>
        <translation>%1 ist keiner der Auswahlwerte</translation>
    </message>
    <message>
        <source>has %1 items, fewer than minItems %2</source>
        <translation>hat %1 Elemente, weniger als minItems %2</translation>
    </message>
    <message>
        <source>has %1 items, more than maxItems %2</source>
        <translation>hat %1 Elemente, mehr als maxItems %2</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>Element %1: %2</translation>
    </message>
</context>
<context>
    <name>ad::Invocation</name>
    <message>
        <source>%1 is missing or empty</source>
        <translation>%1 fehlt oder ist leer</translation>
    </message>
    <message>
        <source>no body: what Port sends then is undocumented; shown as {}</source>
        <translation>kein Body: was Port dann sendet, ist nicht dokumentiert; als {} angezeigt</translation>
    </message>
    <message>
        <source>agent: true needs an object body; the agent cannot add its fields to %1</source>
        <translation>agent: true braucht einen Objekt-Body; der Agent kann seine Felder nicht zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>agent: the agent&apos;s default mapping does not forward the action&apos;s headers to the URL; they reach it only inside the message (`headers`)</source>
        <translation>agent: die Standardzuordnung des Agents leitet die Header der Aktion nicht an die URL weiter; sie kommen dort nur innerhalb der Nachricht an (`headers`)</translation>
    </message>
    <message>
        <source>headers must be an object of name -&gt; value</source>
        <translation>headers muss ein Objekt aus Name -&gt; Wert sein</translation>
    </message>
    <message>
        <source>workflowInputs must be an object</source>
        <translation>workflowInputs muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 workflow inputs: GitHub accepts at most %2; group the rest into one JSON input</source>
        <translation>%1 Workflow-Eingaben: GitHub akzeptiert höchstens %2; fassen Sie den Rest in einer JSON-Eingabe zusammen</translation>
    </message>
    <message>
        <source>pipelineVariables must be an object</source>
        <translation>pipelineVariables muss ein Objekt sein</translation>
    </message>
    <message>
        <source>GITLAB runs through the Port agent: the token comes from the agent&apos;s environment variable %1; the agent message for v2 GITLAB actions is undocumented, so its port_payload is not shown</source>
        <translation>GITLAB läuft über den Port-Agent: das Token kommt aus der Umgebungsvariable %1 des Agents; die Agent-Nachricht für v2-GITLAB-Aktionen ist nicht dokumentiert, daher wird ihr port_payload nicht angezeigt</translation>
    </message>
    <message>
        <source>no payload: what Port sends then is undocumented; shown as {}</source>
        <translation>kein Payload: was Port dann sendet, ist nicht dokumentiert; als {} angezeigt</translation>
    </message>
    <message>
        <source>Port also signs Azure DevOps calls (SHA-1 according to its docs); the header&apos;s exact format is undocumented, so it is not shown</source>
        <translation>Port signiert auch Azure-DevOps-Aufrufe (laut Dokumentation mit SHA-1); das genaue Format des Headers ist nicht dokumentiert, daher wird er nicht angezeigt</translation>
    </message>
    <message>
        <source>no payload: what Port publishes then is undocumented; shown as {}</source>
        <translation>kein Payload: was Port dann veröffentlicht, ist nicht dokumentiert; als {} angezeigt</translation>
    </message>
    <message>
        <source>mapping.identifier is missing: Port needs it to know which entity to create or update</source>
        <translation>mapping.identifier fehlt: Port braucht es, um zu wissen, welche Entität angelegt oder aktualisiert wird</translation>
    </message>
    <message>
        <source>relation %1 is an object, not an identifier: with an entity input use &quot;{{ .inputs.x.identifier }}&quot; (arrays: &quot;{{ .inputs.x | map(.identifier) }}&quot;)</source>
        <translation>Relation %1 ist ein Objekt, kein Identifier: bei einer Entitäts-Eingabe verwenden Sie &quot;{{ .inputs.x.identifier }}&quot; (Arrays: &quot;{{ .inputs.x | map(.identifier) }}&quot;)</translation>
    </message>
    <message>
        <source>invocationMethod must be an object, not %1</source>
        <translation>invocationMethod muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown invocation type &apos;%1&apos;: nothing to show</source>
        <translation>unbekannter Aufruftyp &apos;%1&apos;: nichts anzuzeigen</translation>
    </message>
    <message>
        <source>UPSERT_ENTITY into blueprint %1</source>
        <translation>UPSERT_ENTITY in Blueprint %1</translation>
    </message>
    <message>
        <source>Port publishes to the agent</source>
        <translation>Port veröffentlicht an den Agenten</translation>
    </message>
    <message>
        <source>Kafka message</source>
        <translation>Kafka-Nachricht</translation>
    </message>
    <message>
        <source>Exact bytes:</source>
        <translation>Genaue Bytes:</translation>
    </message>
    <message>
        <source>The agent then sends</source>
        <translation>Der Agent sendet dann</translation>
    </message>
    <message>
        <source>Exact bytes (signed and sent):</source>
        <translation>Genaue Bytes (signiert und gesendet):</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>a carriage return (CR)</source>
        <translation>einen Wagenrücklauf (CR)</translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>einen Zeilenvorschub (LF)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the method &quot;%1&quot; is not a valid HTTP method: the request is not sent</source>
        <translation>die Methode &quot;%1&quot; ist keine gültige HTTP-Methode: die Anfrage wird nicht gesendet</translation>
    </message>
    <message>
        <source>header name &quot;%1&quot; contains %2, which would split the request: it is not sent</source>
        <translation>der Header-Name &quot;%1&quot; enthält %2, was die Anfrage aufteilen würde: er wird nicht gesendet</translation>
    </message>
    <message>
        <source>header name &quot;%1&quot; is not a valid HTTP field name: it is not sent</source>
        <translation>der Header-Name &quot;%1&quot; ist kein gültiger HTTP-Feldname: er wird nicht gesendet</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; contains %2 in its value, which would split the request: it is not sent</source>
        <translation>der Header &quot;%1&quot; enthält in seinem Wert %2, was die Anfrage aufteilen würde: er wird nicht gesendet</translation>
    </message>
    <message>
        <source>no client secret: X-Port-Signature is computed with an empty key, so a receiver that verifies signatures rejects it</source>
        <translation>kein Client-Secret: X-Port-Signature wird mit einem leeren Schlüssel berechnet, daher lehnt ein Empfänger, der Signaturen prüft, sie ab</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>ad::JsonParser</name>
    <message>
        <source>invalid UTF-8 byte 0x%1</source>
        <translation>ungültiges UTF-8-Byte 0x%1</translation>
    </message>
    <message>
        <source>invalid UTF-8: truncated multi-byte sequence</source>
        <translation>ungültiges UTF-8: abgeschnittene Mehrbyte-Sequenz</translation>
    </message>
    <message>
        <source>invalid UTF-8: byte 0x%1 is not a continuation byte</source>
        <translation>ungültiges UTF-8: Byte 0x%1 ist kein Folgebyte</translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence (overlong, surrogate or out of range)</source>
        <translation>ungültige UTF-8-Sequenz (überlang, Surrogat oder außerhalb des Bereichs)</translation>
    </message>
    <message>
        <source>unterminated string (opened at line %1, column %2)</source>
        <translation>nicht abgeschlossener String (geöffnet in Zeile %1, Spalte %2)</translation>
    </message>
    <message>
        <source>line break inside a string (write \n)</source>
        <translation>Zeilenumbruch in einem String (schreiben Sie \n)</translation>
    </message>
    <message>
        <source>control character 0x%1 inside a string</source>
        <translation>Steuerzeichen 0x%1 in einem String</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossener String</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; in a string</source>
        <translation>ungültige Escape-Sequenz &apos;\%1&apos; in einem String</translation>
    </message>
    <message>
        <source>invalid number: expected a digit</source>
        <translation>ungültige Zahl: Ziffer erwartet</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>ungültige Zahl: führende Nullen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>invalid number: expected a digit after &apos;.&apos;</source>
        <translation>ungültige Zahl: Ziffer nach &apos;.&apos; erwartet</translation>
    </message>
    <message>
        <source>invalid number: expected a digit in the exponent</source>
        <translation>ungültige Zahl: Ziffer im Exponenten erwartet</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>unexpected word &apos;%1&apos;, expected a value (a string in double quotes, a number, true, false, null, an object or an array)</source>
        <translation>unerwartetes Wort &apos;%1&apos;, erwartet: ein Wert (ein String in doppelten Anführungszeichen, eine Zahl, true, false, null, ein Objekt oder ein Array)</translation>
    </message>
    <message>
        <source>unexpected end of file: expected %1</source>
        <translation>unerwartetes Dateiende, erwartet: %1</translation>
    </message>
    <message>
        <source>(curly quotes: JSON strings need plain &quot;)</source>
        <translation>(typografische Anführungszeichen: JSON-Strings brauchen gerade &quot;)</translation>
    </message>
    <message>
        <source>control character 0x%1</source>
        <translation>Steuerzeichen 0x%1</translation>
    </message>
    <message>
        <source>(comments are not allowed in JSON)</source>
        <translation>(Kommentare sind in JSON nicht erlaubt)</translation>
    </message>
    <message>
        <source>(JSON strings need double quotes)</source>
        <translation>(JSON-Strings brauchen doppelte Anführungszeichen)</translation>
    </message>
    <message>
        <source>unexpected %1, expected %2</source>
        <translation>unerwartet: %1, erwartet: %2</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;, expected %2</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;, erwartet: %2</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the key</source>
        <translation>&apos;:&apos; nach dem Schlüssel</translation>
    </message>
    <message>
        <source>empty document: expected a JSON value</source>
        <translation>leeres Dokument: JSON-Wert erwartet</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>a key in double quotes or &apos;}&apos;</source>
        <translation>ein Schlüssel in doppelten Anführungszeichen oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>the end of the document (only one top-level value is allowed)</source>
        <translation>das Ende des Dokuments (nur ein Wert auf oberster Ebene ist erlaubt)</translation>
    </message>
    <message>
        <source>trailing comma before &apos;%1&apos; is not allowed in JSON</source>
        <translation>abschließendes Komma vor &apos;%1&apos; ist in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>ein Schlüssel in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>unexpected end of file: object opened at line %1, column %2 is not closed</source>
        <translation>unerwartetes Dateiende: das in Zeile %1, Spalte %2 geöffnete Objekt ist nicht geschlossen</translation>
    </message>
    <message>
        <source>unexpected end of file: array opened at line %1, column %2 is not closed</source>
        <translation>unerwartetes Dateiende: das in Zeile %1, Spalte %2 geöffnete Array ist nicht geschlossen</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach einem Objekteintrag</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach einem Array-Element</translation>
    </message>
</context>
<context>
    <name>ad::Lint</name>
    <message>
        <source>a literal token (%1...)</source>
        <translation>ein Token im Klartext (%1...)</translation>
    </message>
    <message>
        <source>a literal AWS access key (AKIA...)</source>
        <translation>ein AWS-Zugriffsschlüssel im Klartext (AKIA...)</translation>
    </message>
    <message>
        <source>a literal JWT (eyJ...)</source>
        <translation>ein JWT im Klartext (eyJ...)</translation>
    </message>
    <message>
        <source>a literal credential after &apos;%1&apos;</source>
        <translation>Zugangsdaten im Klartext nach &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a literal value for the query parameter &apos;%1&apos;</source>
        <translation>ein Klartextwert für den Query-Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a literal password in the URL</source>
        <translation>ein Passwort im Klartext in der URL</translation>
    </message>
    <message>
        <source>a literal Slack webhook secret</source>
        <translation>ein Slack-Webhook-Secret im Klartext</translation>
    </message>
    <message>
        <source>a long literal hex string</source>
        <translation>eine lange Hex-Zeichenfolge im Klartext</translation>
    </message>
    <message>
        <source>a long literal base64-like string</source>
        <translation>eine lange Base64-artige Zeichenfolge im Klartext</translation>
    </message>
    <message>
        <source>a literal value in a credential header</source>
        <translation>ein Klartextwert in einem Header für Zugangsdaten</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;: it appears again at line %2, and JSON.parse (and so Port) keeps only the last value</source>
        <translation>doppelter Schlüssel &apos;%1&apos;: er kommt in Zeile %2 noch einmal vor, und JSON.parse (und damit Port) behält nur den letzten Wert</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;: it appears again, and JSON.parse (and so Port) keeps only the last value</source>
        <translation>doppelter Schlüssel &apos;%1&apos;: er kommt noch einmal vor, und JSON.parse (und damit Port) behält nur den letzten Wert</translation>
    </message>
    <message>
        <source>url contains what looks like %1; store it as a Port organization secret and write {{ .secrets.NAME }}</source>
        <translation>url enthält etwas, das wie %1 aussieht; speichern Sie es als Secret der Port-Organisation und schreiben Sie {{ .secrets.NAME }}</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; contains what looks like %2; store it as a Port organization secret and write {{ .secrets.NAME }}</source>
        <translation>Header &apos;%1&apos; enthält etwas, das wie %2 aussieht; speichern Sie es als Secret der Port-Organisation und schreiben Sie {{ .secrets.NAME }}</translation>
    </message>
    <message>
        <source>GitHub accepts at most %1 workflow inputs; workflowInputs has %2 (not counting &apos;ref&apos;) plus whatever {{ spreadValue() }} adds. Group the rest into one JSON input such as port_context</source>
        <translation>GitHub akzeptiert höchstens %1 Workflow-Eingaben; workflowInputs hat %2 (&apos;ref&apos; nicht mitgezählt) plus das, was {{ spreadValue() }} hinzufügt. Fassen Sie den Rest in einer JSON-Eingabe wie port_context zusammen</translation>
    </message>
    <message>
        <source>GitHub accepts at most %1 workflow inputs; workflowInputs has %2 (not counting &apos;ref&apos;). Group the rest into one JSON input such as port_context</source>
        <translation>GitHub akzeptiert höchstens %1 Workflow-Eingaben; workflowInputs hat %2 (&apos;ref&apos; nicht mitgezählt). Fassen Sie den Rest in einer JSON-Eingabe wie port_context zusammen</translation>
    </message>
    <message>
        <source>&apos;required&apos; as a jqQuery should return an array of input identifiers (as in Port&apos;s docs), not a boolean</source>
        <translation>&apos;required&apos; als jqQuery sollte ein Array von Eingabe-IDs liefern (wie in Ports Dokumentation), keinen Boolean</translation>
    </message>
</context>
<context>
    <name>ad::Scenario</name>
    <message>
        <source>%1 is stored in clear text in the scenario file; saving moves it to the secret store</source>
        <translation>%1 steht im Klartext in der Szenariodatei; beim Speichern wird es in den Secret-Speicher verschoben</translation>
    </message>
    <message>
        <source>%1: expected {&quot;secretRef&quot;: &quot;&lt;key&gt;&quot;}</source>
        <translation>%1: {&quot;secretRef&quot;: &quot;&lt;key&gt;&quot;} erwartet</translation>
    </message>
    <message>
        <source>%1: no value in the secret store (ref %2)</source>
        <translation>%1: kein Wert im Secret-Speicher (Ref %2)</translation>
    </message>
    <message>
        <source>%1: secret %2</source>
        <translation>%1: Secret %2</translation>
    </message>
    <message>
        <source>%1: client secret</source>
        <translation>%1: Client-Secret</translation>
    </message>
    <message>
        <source>scenario file version %1 is newer than this program&apos;s (%2)</source>
        <translation>Version %1 der Szenariodatei ist neuer als die dieses Programms (%2)</translation>
    </message>
    <message>
        <source>skipped a scenario that is not an object</source>
        <translation>ein Szenario übersprungen, das kein Objekt ist</translation>
    </message>
    <message>
        <source>duplicate scenario name &apos;%1&apos; renamed</source>
        <translation>doppelter Szenarioname &apos;%1&apos; umbenannt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1: not a scenario file (expected {&quot;scenarios&quot;: [...]})</source>
        <translation>%1: keine Szenariodatei ({&quot;scenarios&quot;: [...]} erwartet)</translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos;: %2 does not exist</source>
        <translation>kein Szenario &apos;%1&apos;: %2 existiert nicht</translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos; in %2 (it has: %3)</source>
        <translation>kein Szenario &apos;%1&apos; in %2 (vorhanden: %3)</translation>
    </message>
    <message>
        <source>%1 has a value but there is no secret store to keep it</source>
        <translation>%1 hat einen Wert, aber es gibt keinen Secret-Speicher, der ihn aufbewahrt</translation>
    </message>
    <message>
        <source>cannot store %1: %2</source>
        <translation>kann %1 nicht speichern: %2</translation>
    </message>
    <message>
        <source>secret %1 of scenario &apos;%2&apos;</source>
        <translation>Secret %1 von Szenario &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the client secret of scenario &apos;%1&apos;</source>
        <translation>das Client-Secret von Szenario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>ad::ScenarioTest</name>
    <message>
        <source>expect: expected an object with &quot;snapshot&quot; and/or &quot;assertions&quot;</source>
        <translation>expect: Objekt mit &quot;snapshot&quot; und/oder &quot;assertions&quot; erwartet</translation>
    </message>
    <message>
        <source>expect.assertions: expected an array</source>
        <translation>expect.assertions: Array erwartet</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>missing (expected %1)</source>
        <translation>fehlt (erwartet: %1)</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>unerwartet: %1</translation>
    </message>
    <message>
        <source>key order: expected %1, got %2</source>
        <translation>Schlüsselreihenfolge: %1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>%1: expected {&quot;pointer&quot;: &quot;/...&quot;, ...}</source>
        <translation>%1: {&quot;pointer&quot;: &quot;/...&quot;, ...} erwartet</translation>
    </message>
    <message>
        <source>expected to exist, missing</source>
        <translation>sollte vorhanden sein, fehlt</translation>
    </message>
    <message>
        <source>expected not to exist, got %1</source>
        <translation>sollte nicht vorhanden sein, %1 erhalten</translation>
    </message>
    <message>
        <source>%1: &quot;matches&quot; is not a valid regular expression</source>
        <translation>%1: &quot;matches&quot; ist kein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>missing (expected to match %1)</source>
        <translation>fehlt (sollte zu %1 passen)</translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 passt nicht zu %2</translation>
    </message>
    <message>
        <source>expected type %1, got %2</source>
        <translation>Typ %1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>%1: no check (use &quot;equals&quot;, &quot;exists&quot;, &quot;matches&quot; or &quot;type&quot;)</source>
        <translation>%1: keine Prüfung (verwenden Sie &quot;equals&quot;, &quot;exists&quot;, &quot;matches&quot; oder &quot;type&quot;)</translation>
    </message>
    <message>
        <source>%1: no action found (expected an action object, an array of actions or an API response)</source>
        <translation>%1: keine Aktion gefunden (Aktionsobjekt, Array von Aktionen oder API-Antwort erwartet)</translation>
    </message>
    <message>
        <source>cannot update %1: %2</source>
        <translation>kann %1 nicht aktualisieren: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>no expectation</source>
        <translation>keine Erwartung</translation>
    </message>
</context>
<context>
    <name>ad::SchemaMessages</name>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>the action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>the trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>a %1 trigger</source>
        <translation>%1-Auslöser</translation>
    </message>
    <message>
        <source>an %1 trigger</source>
        <translation>%1-Auslöser</translation>
    </message>
    <message>
        <source>the invocationMethod</source>
        <translation>invocationMethod</translation>
    </message>
    <message>
        <source>a %1 invocationMethod</source>
        <translation>%1-invocationMethod</translation>
    </message>
    <message>
        <source>an %1 invocationMethod</source>
        <translation>%1-invocationMethod</translation>
    </message>
    <message>
        <source>the approvalNotification</source>
        <translation>approvalNotification</translation>
    </message>
    <message>
        <source>a %1 approvalNotification</source>
        <translation>%1-approvalNotification</translation>
    </message>
    <message>
        <source>an %1 approvalNotification</source>
        <translation>%1-approvalNotification</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>a %1 event</source>
        <translation>%1-Ereignis</translation>
    </message>
    <message>
        <source>an %1 event</source>
        <translation>%1-Ereignis</translation>
    </message>
    <message>
        <source>the trigger condition</source>
        <translation>Auslöserbedingung</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;</source>
        <translation>Eingabe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>header &apos;%1&apos;</source>
        <translation>Header &apos;%1&apos;</translation>
    </message>
    <message>
        <source>relation &apos;%1&apos;</source>
        <translation>Relation &apos;%1&apos;</translation>
    </message>
    <message>
        <source>titles entry &apos;%1&apos;</source>
        <translation>titles-Eintrag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>item %1 of &apos;%2&apos;</source>
        <translation>Element %1 von &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a key (%2) of the object named %1, e.g. input &apos;env&apos; format</comment>
        <translation>%2 von %1</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation>Element %1 von %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>alternatives: &quot;a string, an object or an array&quot;</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 must be %2 (got %3)</source>
        <translation>%1: muss %2 sein (erhalten: %3)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a value that looks like a credential, not shown</source>
        <translation>ein Wert, der wie Zugangsdaten aussieht, nicht angezeigt</translation>
    </message>
    <message>
        <source>%1 must be 2-15 characters (Port&apos;s pattern needs a first and a last non-space character; got %2)</source>
        <translation>%1: muss 2-15 Zeichen lang sein (Ports Muster verlangt ein erstes und ein letztes Zeichen, das kein Leerzeichen ist; erhalten: %2)</translation>
    </message>
    <message>
        <source>%1 must be 1-15 characters without leading/trailing spaces (got %2)</source>
        <translation>%1: muss 1-15 Zeichen lang sein, ohne Leerzeichen am Anfang oder Ende (erhalten: %2)</translation>
    </message>
    <message>
        <source>%1 needs &apos;%2&apos;</source>
        <translation>%1: &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>%1 needs &apos;%2&apos; (one of %3)</source>
        <translation>%1: &apos;%2&apos; fehlt (einer von %3)</translation>
    </message>
    <message>
        <source>&apos;condition&apos; is only allowed for DAY-2 and DELETE actions</source>
        <translation>&apos;condition&apos; ist nur bei DAY-2- und DELETE-Aktionen erlaubt</translation>
    </message>
    <message>
        <source>&apos;order&apos; and &apos;steps&apos; cannot both be set</source>
        <translation>&apos;order&apos; und &apos;steps&apos; können nicht beide gesetzt sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2: in the current format userInputs lives inside &apos;trigger&apos; (`action-designer migrate FILE` converts v1 actions)</source>
        <translation>%2: unbekannter Schlüssel &apos;%1&apos;: im aktuellen Format steht userInputs in &apos;trigger&apos; (`action-designer migrate FILE` wandelt v1-Aktionen um)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2: it exists only in legacy v1 actions (`action-designer migrate FILE` converts v1 actions)</source>
        <translation>%2: unbekannter Schlüssel &apos;%1&apos;: es gibt ihn nur in alten v1-Aktionen (`action-designer migrate FILE` wandelt v1-Aktionen um)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in the action: a server field Port returns but rejects on create and update (export --for-port strips it)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in der Aktion: ein Serverfeld, das Port zurückgibt, beim Anlegen und Ändern aber ablehnt (export --for-port entfernt es)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (Port rejects keys it does not know)</source>
        <translation>%2: unbekannter Schlüssel &apos;%1&apos; (Port lehnt unbekannte Schlüssel ab)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (Port rejects keys it does not know); did you mean &apos;%3&apos;?</source>
        <translation>%2: unbekannter Schlüssel &apos;%1&apos; (Port lehnt unbekannte Schlüssel ab); meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>invocationMethod type %1 appears in Port&apos;s guides but Port&apos;s API rejects it; use %2 with the same url, headers and body</source>
        <translation>invocationMethod-Typ %1 steht in Ports Anleitungen, aber Ports API lehnt ihn ab; verwenden Sie %2 mit denselben url, headers und body</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got %3)</source>
        <translation>%1: muss einer dieser Werte sein: %2 (erhalten: %3)</translation>
    </message>
    <message>
        <source>identifier may not be &quot;.&quot; or &quot;..&quot;</source>
        <translation>identifier darf nicht &quot;.&quot; oder &quot;..&quot; sein</translation>
    </message>
    <message>
        <source>identifier may only contain letters, digits and @ _ . + : = - (got %1)</source>
        <translation>identifier darf nur Buchstaben, Ziffern und @ _ . + : = - enthalten (erhalten: %1)</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2 (got %3)</source>
        <translation>%1: passt nicht zum Muster %2 (erhalten: %3)</translation>
    </message>
    <message>
        <source>input identifier &apos;%1&apos; may only contain A-Z, a-z, 0-9 and @ _ = - \</source>
        <translation>Eingabe-Identifier &apos;%1&apos; darf nur A-Z, a-z, 0-9 und @ _ = - \ enthalten</translation>
    </message>
    <message>
        <source>titles key &apos;%1&apos; may only contain A-Z, a-z, 0-9 and @ _ = - \</source>
        <translation>titles-Schlüssel &apos;%1&apos; darf nur A-Z, a-z, 0-9 und @ _ = - \ enthalten</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; in %2 does not match the pattern %3</source>
        <translation>%2: Schlüssel &apos;%1&apos; passt nicht zum Muster %3</translation>
    </message>
    <message>
        <source>%1-%2 characters</source>
        <translation>%1-%2 Zeichen lang</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen lang</numerusform>
            <numerusform>mindestens %n Zeichen lang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>höchstens %n Zeichen lang</numerusform>
            <numerusform>höchstens %n Zeichen lang</numerusform>
        </translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>an absolute URI (scheme://...)</source>
        <translation>eine absolute URI (scheme://...)</translation>
    </message>
    <message>
        <source>a date-time such as 2024-06-01T12:00:00Z</source>
        <translation>ein Zeitpunkt wie 2024-06-01T12:00:00Z</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 in %3</source>
        <translation>%3: &apos;%1&apos; braucht %2</translation>
    </message>
    <message>
        <source>%1 fits more than one of the shapes Port allows; remove the keys that make it ambiguous</source>
        <translation>%1: passt zu mehr als einer der Formen, die Port erlaubt; entfernen Sie die Schlüssel, die es mehrdeutig machen</translation>
    </message>
    <message>
        <source>INTEGRATION_ACTION needs %1 nested in &apos;integrationActionExecutionProperties&apos;, not flat under invocationMethod (Port&apos;s API rejects the flat form some docs show)</source>
        <translation>INTEGRATION_ACTION braucht %1 verschachtelt in &apos;integrationActionExecutionProperties&apos;, nicht flach unter invocationMethod (Ports API lehnt die flache Form ab, die manche Dokumentation zeigt)</translation>
    </message>
    <message>
        <source>a self-service condition is a SEARCH query ({&quot;type&quot;: &quot;SEARCH&quot;, &quot;combinator&quot;, &quot;rules&quot;}) that picks the entities the action is offered for; JQ conditions belong to automations</source>
        <translation>eine Self-Service-Bedingung ist eine SEARCH-Abfrage ({&quot;type&quot;: &quot;SEARCH&quot;, &quot;combinator&quot;, &quot;rules&quot;}), die die Entitäten auswählt, für die die Aktion angeboten wird; JQ-Bedingungen gehören zu Automatisierungen</translation>
    </message>
    <message>
        <source>an automation condition is a JQ condition ({&quot;type&quot;: &quot;JQ&quot;, &quot;expressions&quot;: [...], &quot;combinator&quot;}); SEARCH queries belong to self-service DAY-2/DELETE actions</source>
        <translation>eine Automatisierungsbedingung ist eine JQ-Bedingung ({&quot;type&quot;: &quot;JQ&quot;, &quot;expressions&quot;: [...], &quot;combinator&quot;}); SEARCH-Abfragen gehören zu Self-Service-Aktionen mit DAY-2/DELETE</translation>
    </message>
</context>
<context>
    <name>ad::TemplateWarnings</name>
    <message>
        <source>single quotes turned into double quotes (Port&apos;s quote rule; plain jq rejects &apos;text&apos;)</source>
        <translation>einfache Anführungszeichen in doppelte umgewandelt (Ports Anführungszeichen-Regel; reines jq lehnt &apos;text&apos; ab)</translation>
    </message>
    <message>
        <source>reads %1 but %2 is null in this context</source>
        <translation>liest %1, aber %2 ist in diesem Kontext null</translation>
    </message>
    <message>
        <source>reads %1 but the context has no %1</source>
        <translation>liest %1, aber der Kontext hat kein %1</translation>
    </message>
    <message>
        <source>$__prog_name is jq 1.8; Port&apos;s jq does not have it, so the template fails there</source>
        <translation>$__prog_name gibt es erst in jq 1.8; Ports jq kennt es nicht, daher schlägt die Vorlage dort fehl</translation>
    </message>
    <message>
        <source>%1 is jq 1.8; Port&apos;s jq does not have it, so the template fails there (renders null)</source>
        <translation>%1 gibt es erst in jq 1.8; Ports jq kennt es nicht, daher schlägt die Vorlage dort fehl (ergibt null)</translation>
    </message>
    <message>
        <source>pow10 was removed from Port&apos;s jq: the template fails there; use exp10</source>
        <translation>pow10 wurde aus Ports jq entfernt: die Vorlage schlägt dort fehl; verwenden Sie exp10</translation>
    </message>
</context>
<context>
    <name>ad::Terraform</name>
    <message>
        <source>required names no input; the provider keeps &apos;required&apos; on the inputs themselves</source>
        <translation>dieser required-Eintrag nennt keine vorhandene Eingabe; der Provider speichert &apos;required&apos; an den Eingaben selbst</translation>
    </message>
    <message>
        <source>inputs come back sorted by name; without &apos;order&apos; or &apos;steps&apos; the form&apos;s order changes</source>
        <translation>Eingaben kommen nach Namen sortiert zurück; ohne &apos;order&apos; oder &apos;steps&apos; ändert sich die Reihenfolge im Formular</translation>
    </message>
    <message>
        <source>the provider rejects step titles longer than 25 characters</source>
        <translation>der Provider lehnt Schritttitel mit mehr als 25 Zeichen ab</translation>
    </message>
    <message>
        <source>the provider has no automation event &quot;%1&quot;</source>
        <translation>der Provider kennt kein Automatisierungsereignis &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the provider drops a condition whose expressions are empty</source>
        <translation>der Provider verwirft eine Bedingung, deren Ausdrücke leer sind</translation>
    </message>
    <message>
        <source>the provider&apos;s headers are a map of strings</source>
        <translation>headers ist beim Provider eine Map von Strings</translation>
    </message>
    <message>
        <source>the provider&apos;s teams is a list of strings (a jq template for the team has no verified attribute)</source>
        <translation>teams ist beim Provider eine Liste von Strings (für eine jq-Vorlage für das Team gibt es kein geprüftes Attribut)</translation>
    </message>
    <message>
        <source>the provider only handles the dispatch_workflow integration action</source>
        <translation>der Provider unterstützt nur die Integrationsaktion dispatch_workflow</translation>
    </message>
    <message>
        <source>the provider has no invocation method &quot;%1&quot;</source>
        <translation>der Provider kennt keine Aufrufmethode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>legacy v1 action (%1); run &apos;action-designer migrate&apos; first</source>
        <translation>alte v1-Aktion (%1); führen Sie zuerst &apos;action-designer migrate&apos; aus</translation>
    </message>
    <message>
        <source>the provider has self-service and automation triggers only</source>
        <translation>der Provider kennt nur Self-Service- und Automatisierungsauslöser</translation>
    </message>
    <message>
        <source>the provider takes true, false, ANY or ALL</source>
        <translation>der Provider akzeptiert true, false, ANY oder ALL</translation>
    </message>
    <message>
        <source>the provider has email and webhook approval notifications only</source>
        <translation>der Provider kennt nur Genehmigungsbenachrichtigungen per E-Mail und Webhook</translation>
    </message>
    <message>
        <source>the provider requires a value for every dataset rule</source>
        <translation>der Provider verlangt für jede dataset-Regel einen Wert</translation>
    </message>
    <message>
        <source>date presets have no form in the provider&apos;s dataset rules</source>
        <translation>Datumsvorgaben haben in den dataset-Regeln des Providers keine Entsprechung</translation>
    </message>
    <message>
        <source>dataset rule values are jq_query only: the literal is written as a jq query and reads back as {&quot;jqQuery&quot;: ...}</source>
        <translation>dataset-Regelwerte gibt es nur als jq_query: der feste Wert wird als jq-Abfrage geschrieben und kommt als {&quot;jqQuery&quot;: ...} zurück</translation>
    </message>
    <message>
        <source>the provider takes a dataset object with combinator and rules</source>
        <translation>der Provider erwartet ein dataset-Objekt mit combinator und rules</translation>
    </message>
    <message>
        <source>nested rule groups have no form in the provider&apos;s dataset rules</source>
        <translation>verschachtelte Regelgruppen haben in den dataset-Regeln des Providers keine Entsprechung</translation>
    </message>
    <message>
        <source>path properties have no form in the provider&apos;s dataset rules</source>
        <translation>Pfad-Eigenschaften haben in den dataset-Regeln des Providers keine Entsprechung</translation>
    </message>
    <message>
        <source>context properties (user/userTeams) have no form in the provider&apos;s dataset rules</source>
        <translation>Kontext-Eigenschaften (user/userTeams) haben in den dataset-Regeln des Providers keine Entsprechung</translation>
    </message>
    <message>
        <source>relation rules have no direction/required in the provider</source>
        <translation>Relationsregeln haben beim Provider kein direction/required</translation>
    </message>
    <message>
        <source>propertySchema rules have no form in the provider</source>
        <translation>propertySchema-Regeln haben beim Provider keine Entsprechung</translation>
    </message>
    <message>
        <source>the provider has no attribute for %1</source>
        <translation>der Provider hat kein Attribut für %1</translation>
    </message>
    <message>
        <source>the provider cannot hold this %1 (type %2)</source>
        <translation>der Provider kann dieses %1 nicht aufnehmen (Typ %2)</translation>
    </message>
    <message>
        <source>the provider takes a list of %1 values here</source>
        <translation>der Provider erwartet hier eine Liste von %1-Werten</translation>
    </message>
    <message>
        <source>object item defaults are maps of strings in the provider</source>
        <translation>Standardwerte von Objekt-Elementen sind beim Provider Maps von Strings</translation>
    </message>
    <message>
        <source>array items of type &quot;%1&quot; have no form in the provider</source>
        <translation>Array-Elemente vom Typ &quot;%1&quot; haben beim Provider keine Entsprechung</translation>
    </message>
    <message>
        <source>the provider accepts only &quot;aes256-gcm&quot; encryption</source>
        <translation>der Provider akzeptiert nur die Verschlüsselung &quot;aes256-gcm&quot;</translation>
    </message>
    <message>
        <source>the provider&apos;s pattern is a plain regular expression string</source>
        <translation>pattern ist beim Provider ein einfacher String mit einem regulären Ausdruck</translation>
    </message>
    <message>
        <source>the provider takes a number here</source>
        <translation>der Provider erwartet hier eine Zahl</translation>
    </message>
    <message>
        <source>array defaults need typed items in the provider</source>
        <translation>Array-Standardwerte brauchen beim Provider typisierte Elemente</translation>
    </message>
    <message>
        <source>inputs of type &quot;%1&quot; have no form in the provider</source>
        <translation>Eingaben vom Typ &quot;%1&quot; haben beim Provider keine Entsprechung</translation>
    </message>
    <message>
        <source>only string and array inputs have sort in the provider</source>
        <translation>beim Provider haben nur String- und Array-Eingaben sort</translation>
    </message>
    <message>
        <source>the provider takes a list of strings here</source>
        <translation>der Provider erwartet hier eine Liste von Strings</translation>
    </message>
    <message>
        <source>the provider has no attribute for enumColors</source>
        <translation>der Provider hat kein Attribut für enumColors</translation>
    </message>
    <message>
        <source>number inputs have only minimum/maximum in the provider</source>
        <translation>Zahleneingaben haben beim Provider nur minimum/maximum</translation>
    </message>
    <message>
        <source>array inputs have no uniqueItems in the provider</source>
        <translation>Array-Eingaben haben beim Provider kein uniqueItems</translation>
    </message>
    <message>
        <source>the provider&apos;s schema has no spec/specAuthentication attribute</source>
        <translation>das Schema des Providers hat kein Attribut spec/specAuthentication</translation>
    </message>
    <message>
        <source>object inputs take no JSON-schema keywords in the provider</source>
        <translation>Objekteingaben nehmen beim Provider keine JSON-Schema-Schlüsselwörter an</translation>
    </message>
    <message>
        <source>the provider has no attribute for disabled</source>
        <translation>der Provider hat kein Attribut für disabled</translation>
    </message>
    <message>
        <source>jsonencode() sorts keys, which moves a templated or {{ spreadValue() }} key and changes which value wins</source>
        <translation>jsonencode() sortiert die Schlüssel; das verschiebt einen Vorlagen- oder {{ spreadValue() }}-Schlüssel und ändert, welcher Wert gewinnt</translation>
    </message>
    <message>
        <source>not carried over: %1</source>
        <translation>nicht übernommen: %1</translation>
    </message>
    <message>
        <source>no action to export</source>
        <translation>keine Aktion zum Exportieren</translation>
    </message>
    <message>
        <source>none of the actions can be written as a port_action</source>
        <translation>keine der Aktionen lässt sich als port_action schreiben</translation>
    </message>
    <message>
        <source>neither &apos;terraform show -json&apos; output (values.root_module) nor a state file (resources[])</source>
        <translation>weder Ausgabe von &apos;terraform show -json&apos; (values.root_module) noch eine State-Datei (resources[])</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>no port_action resource in the file</source>
        <translation>keine port_action-Ressource in der Datei</translation>
    </message>
    <message>
        <source>%1 is not JSON (%2); kept as a string</source>
        <translation>%1 ist kein JSON (%2); als String beibehalten</translation>
    </message>
    <message>
        <source>no invocation method attribute (webhook_method, github_method, ...)</source>
        <translation>kein Attribut für die Aufrufmethode (webhook_method, github_method, ...)</translation>
    </message>
    <message>
        <source>neither self_service_trigger nor automation_trigger is set</source>
        <translation>weder self_service_trigger noch automation_trigger ist gesetzt</translation>
    </message>
</context>
<context>
    <name>ad::Validator</name>
    <message>
        <source>&apos;trigger&apos; is the string &quot;%1&quot; (v1) instead of an object</source>
        <translation>&apos;trigger&apos; ist der String &quot;%1&quot; (v1) statt eines Objekts</translation>
    </message>
    <message>
        <source>&apos;userInputs&apos; is at the top level (v1) instead of inside &apos;trigger&apos;</source>
        <translation>&apos;userInputs&apos; steht auf oberster Ebene (v1) statt in &apos;trigger&apos;</translation>
    </message>
    <message>
        <source>&apos;invocationMethod.%1&apos; exists only in v1</source>
        <translation>&apos;invocationMethod.%1&apos; gibt es nur in v1</translation>
    </message>
    <message>
        <source>an action must be a JSON object (got %1)</source>
        <translation>eine Aktion muss ein JSON-Objekt sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>this is a legacy v1 action, which Port&apos;s current API rejects: %1. Convert it with `action-designer migrate FILE`</source>
        <translation>dies ist eine alte v1-Aktion, die Ports aktuelle API ablehnt: %1. Wandeln Sie sie mit `action-designer migrate FILE` um</translation>
    </message>
</context>
<context>
    <name>ad::app::AboutDialog</name>
    <message>
        <source>About Action Designer</source>
        <translation>Über Action Designer</translation>
    </message>
</context>
<context>
    <name>ad::app::ActionTemplate</name>
    <message>
        <source>Entity created</source>
        <translation>Entität angelegt</translation>
    </message>
    <message>
        <source>Entity updated</source>
        <translation>Entität aktualisiert</translation>
    </message>
    <message>
        <source>Entity deleted</source>
        <translation>Entität gelöscht</translation>
    </message>
    <message>
        <source>Any entity change</source>
        <translation>Jede Änderung einer Entität</translation>
    </message>
    <message>
        <source>Timer property expired</source>
        <translation>Timer-Eigenschaft abgelaufen</translation>
    </message>
    <message>
        <source>Run created</source>
        <translation>Lauf angelegt</translation>
    </message>
    <message>
        <source>Run updated</source>
        <translation>Lauf aktualisiert</translation>
    </message>
    <message>
        <source>Any run change</source>
        <translation>Jede Änderung eines Laufs</translation>
    </message>
</context>
<context>
    <name>ad::app::ApprovalChoice</name>
    <message>
        <source>Required approval</source>
        <translation>Genehmigung erforderlich</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Required (true)</source>
        <translation>Erforderlich (true)</translation>
    </message>
    <message>
        <source>Any approver (ANY)</source>
        <translation>Ein beliebiger Genehmiger (ANY)</translation>
    </message>
    <message>
        <source>All approvers (ALL)</source>
        <translation>Alle Genehmiger (ALL)</translation>
    </message>
    <message>
        <source>Approvers are set in the action&apos;s permissions, not here. ANY: one approval suffices; ALL: every approver must approve.</source>
        <translation>Genehmiger werden in den Berechtigungen der Aktion festgelegt, nicht hier. ANY: eine Genehmigung genügt; ALL: jeder Genehmiger muss zustimmen.</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>Anderer Wert: %1</translation>
    </message>
</context>
<context>
    <name>ad::app::ApprovalEditor</name>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>&amp;Required approval</source>
        <translation>&amp;Genehmigung erforderlich</translation>
    </message>
    <message>
        <source>Approval notification</source>
        <translation>Genehmigungsbenachrichtigung</translation>
    </message>
    <message>
        <source>&amp;Send by</source>
        <translation>&amp;Senden per</translation>
    </message>
    <message>
        <source>Who is told that a run waits for approval, and how.</source>
        <translation>Wer erfährt, dass ein Lauf auf Genehmigung wartet, und auf welchem Weg.</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Webhook &amp;URL</source>
        <translation>Webhook-&amp;URL</translation>
    </message>
    <message>
        <source>Where Port posts the approval request.</source>
        <translation>Wohin Port die Genehmigungsanfrage sendet.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>json: Port&apos;s JSON message; slack: a Slack incoming-webhook message.</source>
        <translation>json: die JSON-Nachricht von Port; slack: eine Nachricht für einen Slack-Incoming-Webhook.</translation>
    </message>
    <message>
        <source>Approvers themselves are configured in the action&apos;s permissions in Port.</source>
        <translation>Die Genehmiger selbst werden in Port in den Berechtigungen der Aktion festgelegt.</translation>
    </message>
</context>
<context>
    <name>ad::app::BackendEditor</name>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>What runs when the action is executed. Switching keeps the other type&apos;s fields in memory: switch back to get them again.</source>
        <translation>Was beim Ausführen der Aktion läuft. Beim Wechseln bleiben die Felder des anderen Typs im Speicher: Zurückwechseln stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Change backend type to %1</source>
        <translation>Backend-Typ zu %1 ändern</translation>
    </message>
    <message>
        <source>Not carried over from %1: %2. They are kept in memory: switch back to %1 to get them again (until the file is closed).</source>
        <translation>Nicht von %1 übernommen: %2. Sie bleiben im Speicher: Wechseln Sie zurück zu %1, um sie wiederzubekommen (bis die Datei geschlossen wird).</translation>
    </message>
    <message>
        <source>Carried over: %1.</source>
        <translation>Übernommen: %1.</translation>
    </message>
    <message>
        <source>Restored what %1 held before.</source>
        <translation>Frühere Werte von %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 (unknown type)</source>
        <translation>%1 (unbekannter Typ)</translation>
    </message>
    <message>
        <source>This action has no invocationMethod yet: pick a type.</source>
        <translation>Diese Aktion hat noch keine invocationMethod: Wählen Sie einen Typ.</translation>
    </message>
    <message>
        <source>Port does not know the type &quot;%1&quot;.</source>
        <translation>Port kennt den Typ &quot;%1&quot; nicht.</translation>
    </message>
    <message>
        <source>Switch to %1 to keep it working.</source>
        <translation>Wechseln Sie zu %1, damit sie weiter funktioniert.</translation>
    </message>
</context>
<context>
    <name>ad::app::BoolField</name>
    <message>
        <source>jq expression</source>
        <translation>jq-Ausdruck</translation>
    </message>
    <message>
        <source>Decide at run time with a {{ jq }} template</source>
        <translation>Zur Laufzeit mit einer {{ jq }}-Vorlage entscheiden</translation>
    </message>
    <message>
        <source>Decide while the form is filled, with a jqQuery</source>
        <translation>Beim Ausfüllen des Formulars mit einer jqQuery entscheiden</translation>
    </message>
</context>
<context>
    <name>ad::app::CloseGuard</name>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>ad::app::DesignerApp</name>
    <message>
        <source>Restore Unsaved Work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Action Designer did not close normally last time. Restore the unsaved changes of these documents?&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>Action Designer wurde beim letzten Mal nicht normal beendet. Die nicht gespeicherten Änderungen dieser Dokumente wiederherstellen?&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Unreadable Autosave Files</source>
        <translation>Unlesbare Autosave-Dateien</translation>
    </message>
    <message>
        <source>These autosave files could not be read, so nothing can be restored from them. They were moved to %1:&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation>Diese Autosave-Dateien konnten nicht gelesen werden, daher lässt sich aus ihnen nichts wiederherstellen. Sie wurden nach %1 verschoben:&lt;ul&gt;%2&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>ad::app::DetailsEditor</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>&amp;Identifier</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <source>Unique in your organization (actions and automations share one namespace). Letters, digits and @ _ . + : = -</source>
        <translation>Eindeutig in Ihrer Organisation (Aktionen und Automatisierungen teilen sich einen Namensraum). Buchstaben, Ziffern und @ _ . + : = -</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <source>Only letters, digits and @ _ . + : = - (and not &quot;.&quot; or &quot;..&quot;).</source>
        <translation>Nur Buchstaben, Ziffern und @ _ . + : = - (und nicht &quot;.&quot; oder &quot;..&quot;).</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Shown on the action card and in the runs list.</source>
        <translation>Wird auf der Aktionskarte und in der Liste der Läufe angezeigt.</translation>
    </message>
    <message>
        <source>I&amp;con</source>
        <translation>S&amp;ymbol</translation>
    </message>
    <message>
        <source>An icon name from Port&apos;s icon list, e.g. Github, Terraform, DefaultProperty.</source>
        <translation>Ein Symbolname aus der Symbolliste von Port, z. B. Github, Terraform, DefaultProperty.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>One line under the title.</source>
        <translation>Eine Zeile unter dem Titel.</translation>
    </message>
    <message>
        <source>&amp;Published (active)</source>
        <translation>&amp;Veröffentlicht (aktiv)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>For automations: off means the automation is inactive. Default on.</source>
        <translation>Bei Automatisierungen: aus bedeutet, die Automatisierung ist inaktiv. Standard: an.</translation>
    </message>
    <message>
        <source>&amp;Anyone can view runs</source>
        <translation>&amp;Jeder darf Läufe sehen</translation>
    </message>
    <message>
        <source>Anyone can view runs</source>
        <translation>Jeder darf Läufe sehen</translation>
    </message>
    <message>
        <source>Off: admins see all runs, approvers the runs they approve, members only their own. Default on.</source>
        <translation>Aus: Admins sehen alle Läufe, Genehmiger die Läufe, die sie genehmigen, Mitglieder nur ihre eigenen. Standard: an.</translation>
    </message>
</context>
<context>
    <name>ad::app::Document</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Das Dokument hat noch keinen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Element verschieben</translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation>JSON bearbeiten</translation>
    </message>
</context>
<context>
    <name>ad::app::EditorArea</name>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>The form for the part selected in the outline</source>
        <translation>Das Formular für den in der Gliederung gewählten Teil</translation>
    </message>
    <message>
        <source>The whole file as JSON (Ctrl+J toggles)</source>
        <translation>Die ganze Datei als JSON (Strg+J schaltet um)</translation>
    </message>
    <message>
        <source>Read-only: the JSON text does not parse (line %1, column %2: %3). This form shows the last valid state; fix the text in the JSON view.</source>
        <translation>Schreibgeschützt: Der JSON-Text lässt sich nicht parsen (Zeile %1, Spalte %2: %3). Dieses Formular zeigt den letzten gültigen Stand; korrigieren Sie den Text in der JSON-Ansicht.</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>&amp;Migrieren…</translation>
    </message>
    <message>
        <source>Convert this file to Port&apos;s current format (one undo step) and show what changed</source>
        <translation>Diese Datei in das aktuelle Format von Port umwandeln (ein Rückgängig-Schritt) und zeigen, was sich geändert hat</translation>
    </message>
    <message>
        <source>Read-only: this is a legacy v1 action (%1). The forms edit Port&apos;s current format only; editing them would mix the two formats. Migrate converts the file (one undo step), or edit it in the JSON view.</source>
        <translation>Schreibgeschützt: Dies ist eine alte v1-Aktion (%1). Die Formulare bearbeiten nur das aktuelle Format von Port; sie zu bearbeiten würde beide Formate mischen. Migrieren wandelt die Datei um (ein Rückgängig-Schritt), oder bearbeiten Sie sie in der JSON-Ansicht.</translation>
    </message>
    <message>
        <source>Read-only: this INTEGRATION_ACTION has %1 flat under invocationMethod, which Port&apos;s API rejects; the form edits them inside integrationActionExecutionProperties. Migrate moves them there (one undo step), or edit them in the JSON view.</source>
        <translation>Schreibgeschützt: Diese INTEGRATION_ACTION hat %1 flach unter invocationMethod, was Ports API ablehnt; das Formular bearbeitet sie innerhalb von integrationActionExecutionProperties. Migrieren verschiebt sie dorthin (ein Rückgängig-Schritt), oder bearbeiten Sie sie in der JSON-Ansicht.</translation>
    </message>
</context>
<context>
    <name>ad::app::EnumField</name>
    <message>
        <source>%1 (not a known value)</source>
        <translation>%1 (kein bekannter Wert)</translation>
    </message>
    <message>
        <source>Not one of the values Port accepts here</source>
        <translation>Keiner der Werte, die Port hier akzeptiert</translation>
    </message>
</context>
<context>
    <name>ad::app::EventTypeField</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>ENTITY_*: an entity of the blueprint changes. TIMER_PROPERTY_EXPIRED: a timer property expires. RUN_*: a run of the named action changes.</source>
        <translation>ENTITY_*: Eine Entität des Blueprints ändert sich. TIMER_PROPERTY_EXPIRED: Eine Timer-Eigenschaft läuft ab. RUN_*: Ein Lauf der genannten Aktion ändert sich.</translation>
    </message>
    <message>
        <source>Change event to %1</source>
        <translation>Ereignis zu %1 ändern</translation>
    </message>
</context>
<context>
    <name>ad::app::ExpressionsField</name>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Add an expression</source>
        <translation>Einen Ausdruck hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected expression</source>
        <translation>Den gewählten Ausdruck entfernen</translation>
    </message>
    <message>
        <source>Com&amp;bine with:</source>
        <translation>Ver&amp;knüpfen mit:</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>jq expressions over the event (root: action, resourceType, trigger, context, diff), e.g. .diff.after.properties.status == &quot;Active&quot;. Each must yield a boolean.</source>
        <translation>jq-Ausdrücke über das Ereignis (Wurzel: action, resourceType, trigger, context, diff), z. B. .diff.after.properties.status == &quot;Active&quot;. Jeder muss einen Wahrheitswert liefern.</translation>
    </message>
</context>
<context>
    <name>ad::app::FieldWidget</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
</context>
<context>
    <name>ad::app::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Ganze Wörter</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriges</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächstes</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Ersetzen:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Bad expression</source>
        <translation>Ungültiger Ausdruck</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ad::app::FirstStartGuide</name>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome — this is a sample action&lt;/b&gt;</source>
        <translation>&lt;b&gt;Willkommen — dies ist eine Beispielaktion&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outline&lt;/b&gt; (left): the parts of the file; pick one to edit it in the &lt;b&gt;form&lt;/b&gt; (middle; Ctrl+J shows its JSON). &lt;b&gt;Preview&lt;/b&gt; (right): the scenario — mock inputs, user and entity — and the request Port would send. &lt;b&gt;Problems&lt;/b&gt; and &lt;b&gt;Runner&lt;/b&gt; (bottom): what is wrong, and the test runs you send.</source>
        <translation>&lt;b&gt;Gliederung&lt;/b&gt; (links): die Teile der Datei; wählen Sie einen aus, um ihn im &lt;b&gt;Formular&lt;/b&gt; zu bearbeiten (Mitte; Strg+J zeigt sein JSON). &lt;b&gt;Vorschau&lt;/b&gt; (rechts): das Szenario — Schein-Eingaben, Benutzer und Entität — und die Anfrage, die Port senden würde. &lt;b&gt;Probleme&lt;/b&gt; und &lt;b&gt;Ausführung&lt;/b&gt; (unten): was falsch ist, und die Testläufe, die Sie senden.</translation>
    </message>
    <message>
        <source>Close this guide; it does not come back</source>
        <translation>Diese Anleitung schließen; sie erscheint nicht wieder</translation>
    </message>
    <message>
        <source>Three things to try:&lt;ol style=&quot;margin-left: -20px&quot;&gt;&lt;li&gt;&lt;b&gt;Edit a template&lt;/b&gt;: select &lt;i&gt;Backend&lt;/i&gt; in the Outline and change the body&apos;s &lt;tt&gt;summary&lt;/tt&gt;; the Preview follows as you type.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Change a mock input&lt;/b&gt;: in the Preview&apos;s scenario, set &lt;i&gt;Version&lt;/i&gt; to 2.0.0 and watch the request change.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Run against the local test backend&lt;/b&gt; (button below, or Run menu): a receiver on 127.0.0.1 gets the request instead of the action&apos;s URL (the action is not changed), checks its signature, and reports its logs and SUCCESS to the Runner as a real backend would.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>Drei Dinge zum Ausprobieren:&lt;ol style=&quot;margin-left: -20px&quot;&gt;&lt;li&gt;&lt;b&gt;Eine Vorlage bearbeiten&lt;/b&gt;: Wählen Sie &lt;i&gt;Backend&lt;/i&gt; in der Gliederung und ändern Sie &lt;tt&gt;summary&lt;/tt&gt; im Body; die Vorschau folgt beim Tippen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eine Mock-Eingabe ändern&lt;/b&gt;: Setzen Sie im Szenario der Vorschau &lt;i&gt;Version&lt;/i&gt; auf 2.0.0 und sehen Sie, wie sich die Anfrage ändert.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gegen das lokale Test-Backend ausführen&lt;/b&gt; (Schaltfläche unten oder Menü Ausführen): Ein Empfänger auf 127.0.0.1 erhält die Anfrage statt der URL der Aktion (die Aktion bleibt unverändert), prüft ihre Signatur und meldet seine Logs und SUCCESS an die Ausführung wie ein echtes Backend.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Run &gt; Run Against Local Test Backend</source>
        <translation>Ausführen &gt; Gegen lokales Test-Backend ausführen</translation>
    </message>
    <message>
        <source>Run against the local test backend</source>
        <translation>Gegen das lokale Test-Backend ausführen</translation>
    </message>
</context>
<context>
    <name>ad::app::GapDialog</name>
    <message>
        <source>Export to %1</source>
        <translation>Nach %1 exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of this action cannot be expressed in %1, or change when %1 reads the action back. Exporting anyway writes them as comments and leaves them out of the resource.</source>
        <translation>
            <numerusform>%n Teil dieser Aktion lässt sich in %1 nicht ausdrücken oder ändert sich, wenn %1 die Aktion zurückliest. Wird trotzdem exportiert, wird er als Kommentar geschrieben und aus der Ressource weggelassen.</numerusform>
            <numerusform>%n Teile dieser Aktion lassen sich in %1 nicht ausdrücken oder ändern sich, wenn %1 die Aktion zurückliest. Wird trotzdem exportiert, werden sie als Kommentare geschrieben und aus der Ressource weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Export &amp;Anyway</source>
        <translation>&amp;Trotzdem exportieren</translation>
    </message>
</context>
<context>
    <name>ad::app::Help</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>The documentation was not found. Looked in:
%1</source>
        <translation>Die Dokumentation wurde nicht gefunden. Gesucht in:
%1</translation>
    </message>
    <message>
        <source>No program to open folders is set up. The documentation is in:
%1</source>
        <translation>Es ist kein Programm zum Öffnen von Ordnern eingerichtet. Die Dokumentation liegt in:
%1</translation>
    </message>
    <message>
        <source>Design, validate and test Port actions and automations offline.</source>
        <translation>Port-Aktionen und -Automatisierungen offline entwerfen, prüfen und testen.</translation>
    </message>
    <message>
        <source>Template engine</source>
        <translation>Vorlagen-Engine</translation>
    </message>
    <message>
        <source>Action Designer is free software under the MIT licence.</source>
        <translation>Action Designer ist freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>It uses these libraries, under their own licences:</source>
        <translation>Es verwendet diese Bibliotheken unter ihren eigenen Lizenzen:</translation>
    </message>
    <message>
        <source>The full texts are in /usr/share/doc/action-designer/copyright and /usr/share/common-licenses.</source>
        <translation>Die vollständigen Texte stehen in /usr/share/doc/action-designer/copyright und /usr/share/common-licenses.</translation>
    </message>
</context>
<context>
    <name>ad::app::InputsEditor</name>
    <message>
        <source>User inputs</source>
        <translation>Benutzereingaben</translation>
    </message>
    <message>
        <source>Automations have no user inputs: their data comes from the event.</source>
        <translation>Automatisierungen haben keine Benutzereingaben: Ihre Daten kommen aus dem Ereignis.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Drag, or Alt+Up / Alt+Down, to reorder. Ins adds, Del removes, Ctrl+D duplicates.</source>
        <translation>Zum Umsortieren ziehen oder Alt+Hoch / Alt+Runter. Einfg fügt hinzu, Entf entfernt, Strg+D dupliziert.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>In the order of the inputs</source>
        <translation>In der Reihenfolge der Eingaben</translation>
    </message>
    <message>
        <source>Custom order (order)</source>
        <translation>Eigene Reihenfolge (order)</translation>
    </message>
    <message>
        <source>Steps (steps)</source>
        <translation>Schritte (steps)</translation>
    </message>
    <message>
        <source>order and steps exclude each other. Switching keeps the other in memory.</source>
        <translation>order und steps schließen einander aus. Beim Wechseln bleibt das andere im Speicher.</translation>
    </message>
    <message>
        <source>&amp;Arrange:</source>
        <translation>&amp;Anordnen:</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Reihenfolge</translation>
    </message>
    <message>
        <source>Input ids and title ids, in display order.</source>
        <translation>Eingabe-IDs und Titel-IDs in Anzeigereihenfolge.</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>Each step has a title (25 characters at most) and its inputs in order.</source>
        <translation>Jeder Schritt hat einen Titel (höchstens 25 Zeichen) und seine Eingaben in Reihenfolge.</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Section &amp;titles</source>
        <translation>Abschnitts&amp;titel</translation>
    </message>
    <message>
        <source>{&quot;&lt;titleId&gt;&quot;: {&quot;title&quot;: &quot;Section&quot;, &quot;description&quot;: &quot;...&quot;, &quot;visible&quot;: true}}; put the title id in order or a step to place it.</source>
        <translation>{&quot;&lt;titleId&gt;&quot;: {&quot;title&quot;: &quot;Abschnitt&quot;, &quot;description&quot;: &quot;...&quot;, &quot;visible&quot;: true}}; setzen Sie die Titel-ID in order oder einen Schritt, um ihn zu platzieren.</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>Add input %1</source>
        <translation>Eingabe %1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate input %1</source>
        <translation>Eingabe %1 duplizieren</translation>
    </message>
    <message>
        <source>Remove input %1</source>
        <translation>Eingabe %1 entfernen</translation>
    </message>
    <message>
        <source>Move input %1</source>
        <translation>Eingabe %1 verschieben</translation>
    </message>
    <message>
        <source>Letters, digits and @ _ = - only.</source>
        <translation>Nur Buchstaben, Ziffern und @ _ = -.</translation>
    </message>
    <message>
        <source>Another input is called %1.</source>
        <translation>Eine andere Eingabe heißt bereits %1.</translation>
    </message>
    <message>
        <source>Rename input %1 to %2</source>
        <translation>Eingabe %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>Schritt 1</translation>
    </message>
    <message>
        <source>Change input layout</source>
        <translation>Anordnung der Eingaben ändern</translation>
    </message>
    <message>
        <source>Input “%1”</source>
        <translation>Eingabe „%1“</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>The key under .inputs; renaming updates required, order, steps and dependsOn. Press Enter to apply.</source>
        <translation>Der Schlüssel unter .inputs; Umbenennen aktualisiert required, order, steps und dependsOn. Eingabetaste zum Übernehmen.</translation>
    </message>
    <message>
        <source>Another input has this id.</source>
        <translation>Eine andere Eingabe hat diese ID.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>The value&apos;s JSON type.</source>
        <translation>Der JSON-Typ des Werts.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>entity: pick an entity of a blueprint; user/team: pick one; multi-line, markdown, yaml: larger editors.</source>
        <translation>entity: eine Entität eines Blueprints wählen; user/team: einen Benutzer bzw. ein Team wählen; multi-line, markdown, yaml: größere Editoren.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Label shown in the form.</source>
        <translation>Beschriftung im Formular.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Help text under the field.</source>
        <translation>Hilfetext unter dem Feld.</translation>
    </message>
    <message>
        <source>&amp;Icon</source>
        <translation>&amp;Symbol</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Icon name.</source>
        <translation>Symbolname.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Defa&amp;ult</source>
        <translation>Stan&amp;dardwert</translation>
    </message>
    <message>
        <source>A value of the input&apos;s type, or (jq) a jqQuery such as .user.email computed in the form.</source>
        <translation>Ein Wert vom Typ der Eingabe oder (jq) eine jqQuery wie .user.email, die im Formular berechnet wird.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahlwerte</translation>
    </message>
    <message>
        <source>a, b, c</source>
        <translation>a, b, c</translation>
    </message>
    <message>
        <source>C&amp;hoices (enum)</source>
        <translation>&amp;Auswahlwerte (enum)</translation>
    </message>
    <message>
        <source>Comma-separated allowed values, or a jqQuery returning an array.</source>
        <translation>Erlaubte Werte, durch Kommas getrennt, oder eine jqQuery, die ein Array liefert.</translation>
    </message>
    <message>
        <source>Choice colors</source>
        <translation>Farben der Auswahlwerte</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahlwert</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Colors such as red, green, blue, yellow, orange, pink, lightGray.</source>
        <translation>Farben wie red, green, blue, yellow, orange, pink, lightGray.</translation>
    </message>
    <message>
        <source>Choice co&amp;lors</source>
        <translation>Farben der Aus&amp;wahlwerte</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Min length</source>
        <translation>Mindestlänge</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Höchstlänge</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>A regular expression the value must match.</source>
        <translation>Ein regulärer Ausdruck, dem der Wert entsprechen muss.</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Min items</source>
        <translation>Mindestanzahl Elemente</translation>
    </message>
    <message>
        <source>Max items</source>
        <translation>Höchstanzahl Elemente</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Elementtyp</translation>
    </message>
    <message>
        <source>Type of each item.</source>
        <translation>Typ jedes Elements.</translation>
    </message>
    <message>
        <source>Item format</source>
        <translation>Elementformat</translation>
    </message>
    <message>
        <source>entity: a list of entities.</source>
        <translation>entity: eine Liste von Entitäten.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <source>&amp;Blueprint</source>
        <translation>&amp;Blueprint</translation>
    </message>
    <message>
        <source>The entities offered come from this blueprint.</source>
        <translation>Die angebotenen Entitäten stammen aus diesem Blueprint.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Data&amp;set</source>
        <translation>Data&amp;set</translation>
    </message>
    <message>
        <source>Filters the entities offered: {&quot;combinator&quot;: &quot;and&quot;, &quot;rules&quot;: [...]}</source>
        <translation>Filtert die angebotenen Entitäten: {&quot;combinator&quot;: &quot;and&quot;, &quot;rules&quot;: [...]}</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Sort property</source>
        <translation>Sortiereigenschaft</translation>
    </message>
    <message>
        <source>A property identifier (not object/array properties). Default: title.</source>
        <translation>Kennung einer Eigenschaft (keine Objekt- oder Array-Eigenschaften). Standard: title.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierreihenfolge</translation>
    </message>
    <message>
        <source>ASC or DESC.</source>
        <translation>ASC oder DESC.</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>&amp;Visible</source>
        <translation>S&amp;ichtbar</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Sichtbar</translation>
    </message>
    <message>
        <source>Disa&amp;bled</source>
        <translation>&amp;Deaktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Depends &amp;on</source>
        <translation>Hängt &amp;ab von</translation>
    </message>
    <message>
        <source>Input ids that must have a value before this one is enabled.</source>
        <translation>IDs der Eingaben, die einen Wert haben müssen, bevor diese aktiviert wird.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>E&amp;ncryption</source>
        <translation>&amp;Verschlüsselung</translation>
    </message>
    <message>
        <source>aes256-gcm: a secret input, encrypted with your client secret; backends receive base64 ciphertext.</source>
        <translation>aes256-gcm: eine geheime Eingabe, verschlüsselt mit Ihrem Client-Secret; Backends erhalten base64-Chiffretext.</translation>
    </message>
</context>
<context>
    <name>ad::app::JqPlayground</name>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>a jq filter, e.g. .inputs | keys   (Ctrl+Space completes paths)</source>
        <translation>ein jq-Filter, z. B. .inputs | keys   (Strg+Leertaste vervollständigt Pfade)</translation>
    </message>
    <message>
        <source>Evaluated as Port evaluates the template {{ filter }} against the scenario&apos;s {{ . }} context: first output, single quotes rewritten, env disabled</source>
        <translation>Ausgewertet, wie Port die Vorlage {{ filter }} gegen den {{ . }}-Kontext des Szenarios auswertet: erste Ausgabe, einfache Anführungszeichen umgeschrieben, env deaktiviert</translation>
    </message>
    <message>
        <source>Insert as template</source>
        <translation>Als Vorlage einfügen</translation>
    </message>
    <message>
        <source>Insert {{ filter }} at the cursor of the form field or JSON editor you used last</source>
        <translation>{{ filter }} an der Cursorposition des zuletzt verwendeten Formularfelds oder JSON-Editors einfügen</translation>
    </message>
    <message>
        <source>Type a jq filter to see its output against the scenario&apos;s {{ . }} context.</source>
        <translation>Geben Sie einen jq-Filter ein, um seine Ausgabe gegen den {{ . }}-Kontext des Szenarios zu sehen.</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <source>error: Port would reject this template</source>
        <translation>Fehler: Port würde diese Vorlage ablehnen</translation>
    </message>
    <message>
        <source>error: Port would render this template as null</source>
        <translation>Fehler: Port würde diese Vorlage als null rendern</translation>
    </message>
    <message>
        <source>no output (undefined): Port leaves the value out</source>
        <translation>keine Ausgabe (undefiniert): Port lässt den Wert weg</translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 ms</translation>
    </message>
    <message>
        <source>single quotes rewritten to double quotes, as Port does</source>
        <translation>einfache in doppelte Anführungszeichen umgeschrieben, wie Port es tut</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ad::app::JsonField</name>
    <message>
        <source>Edit as &amp;table</source>
        <translation>Als &amp;Tabelle bearbeiten</translation>
    </message>
    <message>
        <source>Edit as a key/value table (objects whose values are simple)</source>
        <translation>Als Schlüssel/Wert-Tabelle bearbeiten (Objekte mit einfachen Werten)</translation>
    </message>
    <message>
        <source>Empty: type a JSON value.</source>
        <translation>Leer: Geben Sie einen JSON-Wert ein.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3 (not applied until it parses)</source>
        <translation>Zeile %1, Spalte %2: %3 (wird erst übernommen, wenn es sich parsen lässt)</translation>
    </message>
    <message>
        <source> (not applied)</source>
        <translation> (nicht übernommen)</translation>
    </message>
</context>
<context>
    <name>ad::app::JsonView</name>
    <message>
        <source>JSON text</source>
        <translation>JSON-Text</translation>
    </message>
    <message>
        <source>&lt;b&gt;The JSON does not parse&lt;/b&gt; — &lt;a href=&quot;#&quot;&gt;line %1, column %2&lt;/a&gt;: %3. The forms show the last valid state (read-only) until it does.</source>
        <translation>&lt;b&gt;Das JSON lässt sich nicht parsen&lt;/b&gt; — &lt;a href=&quot;#&quot;&gt;Zeile %1, Spalte %2&lt;/a&gt;: %3. Bis dahin zeigen die Formulare den letzten gültigen Stand (schreibgeschützt).</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (or line:column), 1 to %1:</source>
        <translation>Zeile (oder Zeile:Spalte), 1 bis %1:</translation>
    </message>
</context>
<context>
    <name>ad::app::LimitLabel</name>
    <message>
        <source>Workflow inputs: GitHub accepts at most %1.</source>
        <translation>Workflow-Eingaben: GitHub akzeptiert höchstens %1.</translation>
    </message>
    <message>
        <source>%1%2 of %3 workflow inputs (ref not counted)%4</source>
        <translation>%1%2 von %3 Workflow-Eingaben (ref nicht mitgezählt)%4</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>mindestens </translation>
    </message>
    <message>
        <source> — GitHub rejects more than %1; nest them in one JSON input.</source>
        <translation> — GitHub lehnt mehr als %1 ab; fassen Sie sie in einer JSON-Eingabe zusammen.</translation>
    </message>
</context>
<context>
    <name>ad::app::ListField</name>
    <message>
        <source>a, b, c  or  {{ template }}</source>
        <translation>a, b, c  oder  {{ Vorlage }}</translation>
    </message>
    <message>
        <source>a, b, c</source>
        <translation>a, b, c</translation>
    </message>
</context>
<context>
    <name>ad::app::LiteralOrJqField</name>
    <message>
        <source>Compute it while the form is filled ({&quot;jqQuery&quot;: ...})</source>
        <translation>Beim Ausfüllen des Formulars berechnen ({&quot;jqQuery&quot;: ...})</translation>
    </message>
</context>
<context>
    <name>ad::app::MainWindow</name>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Z %1, Sp %2</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Test runs against your endpoints appear here.</source>
        <translation>Testläufe gegen Ihre Endpunkte erscheinen hier.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open Action</source>
        <translation>Aktion öffnen</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 does not parse: fix it in the JSON view</source>
        <translation>%1 lässt sich nicht parsen: Korrigieren Sie es in der JSON-Ansicht</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>The clipboard does not hold JSON (line %1, column %2: %3).</source>
        <translation>Die Zwischenablage enthält kein JSON (Zeile %1, Spalte %2: %3).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>action</source>
        <translation>aktion</translation>
    </message>
    <message>
        <source>Save Action As</source>
        <translation>Aktion speichern unter</translation>
    </message>
    <message>
        <source>The JSON text does not parse; fix it before exporting.</source>
        <translation>Der JSON-Text lässt sich nicht parsen; korrigieren Sie ihn vor dem Exportieren.</translation>
    </message>
    <message>
        <source>action.json</source>
        <translation>aktion.json</translation>
    </message>
    <message>
        <source>Export for Port</source>
        <translation>Für Port exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported for Port to %1</source>
        <translation>Für Port exportiert nach %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Self-service action</source>
        <translation>Self-Service-Aktion</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import from Clipboard</source>
        <translation>Aus Zwischenablage &amp;importieren</translation>
    </message>
    <message>
        <source>Import from Clipboard</source>
        <translation>Aus Zwischenablage importieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export for Port…</source>
        <translation>Für Port &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write what POST /v1/actions accepts: API wrappers and server fields removed</source>
        <translation>Schreibt, was POST /v1/actions annimmt: API-Hüllen und Serverfelder entfernt</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Wei&amp;tersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rück&amp;wärts suchen</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Gehe zu &amp;Zeile…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Toggle &amp;Form / JSON</source>
        <translation>&amp;Formular / JSON umschalten</translation>
    </message>
    <message>
        <source>&amp;Next Part</source>
        <translation>&amp;Nächster Teil</translation>
    </message>
    <message>
        <source>&amp;Previous Part</source>
        <translation>&amp;Vorheriger Teil</translation>
    </message>
    <message>
        <source>Focus &amp;Outline</source>
        <translation>&amp;Gliederung fokussieren</translation>
    </message>
    <message>
        <source>Focus P&amp;roblems</source>
        <translation>&amp;Probleme fokussieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Action Designer</source>
        <translation>Ü&amp;ber Action Designer</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>The JSON text does not parse; fix it in the JSON view before migrating.</source>
        <translation>Der JSON-Text lässt sich nicht parsen; korrigieren Sie ihn vor dem Migrieren in der JSON-Ansicht.</translation>
    </message>
    <message>
        <source>Nothing to migrate: every action is in Port&apos;s current format.</source>
        <translation>Nichts zu migrieren: Alle Aktionen sind im aktuellen Format von Port.</translation>
    </message>
    <message>
        <source>Migrate to the current format</source>
        <translation>In das aktuelle Format migrieren</translation>
    </message>
    <message>
        <source>(set it in the Trigger form)</source>
        <translation>(im Formular Auslöser festlegen)</translation>
    </message>
    <message>
        <source>Still to fix (see the Problems dock):</source>
        <translation>Noch zu beheben (siehe Bereich Probleme):</translation>
    </message>
    <message>
        <source>Migrated to the current format</source>
        <translation>In das aktuelle Format migriert</translation>
    </message>
    <message>
        <source>Migrated 1 action to Port&apos;s current format as one step (Edit ▸ Undo takes it back). What changed:</source>
        <translation>1 Aktion in einem Schritt in das aktuelle Format von Port migriert (Bearbeiten ▸ Rückgängig nimmt es zurück). Was sich geändert hat:</translation>
    </message>
    <message>
        <source>Migrated %1 actions to Port&apos;s current format as one step (Edit ▸ Undo takes it back). What changed:</source>
        <translation>%1 Aktionen in einem Schritt in das aktuelle Format von Port migriert (Bearbeiten ▸ Rückgängig nimmt es zurück). Was sich geändert hat:</translation>
    </message>
    <message>
        <source>Migrate First</source>
        <translation>Zuerst migrieren</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Port would reject this file: it has 1 error.</source>
        <translation>Port würde diese Datei ablehnen: Sie hat 1 Fehler.</translation>
    </message>
    <message>
        <source>Port would reject this file: it has %1 errors.</source>
        <translation>Port würde diese Datei ablehnen: Sie hat %1 Fehler.</translation>
    </message>
    <message>
        <source> Some come from an old format that Migrate converts.</source>
        <translation> Einige stammen aus einem alten Format, das Migrieren umwandelt.</translation>
    </message>
    <message>
        <source>Exported for Port</source>
        <translation>Für Port exportiert</translation>
    </message>
    <message>
        <source>Exported to %1. What Port does not accept was left out of the export (the file in the window is unchanged):</source>
        <translation>Nach %1 exportiert. Was Port nicht akzeptiert, wurde beim Export weggelassen (die Datei im Fenster bleibt unverändert):</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved Work Found</source>
        <translation>Nicht gespeicherte Arbeit gefunden</translation>
    </message>
    <message>
        <source>%1 has unsaved changes from a session that did not close normally (last kept %2). Restore them, or open the file as it is on disk (the unsaved changes stay available for the next start)?</source>
        <translation>%1 hat nicht gespeicherte Änderungen aus einer Sitzung, die nicht normal beendet wurde (zuletzt gesichert %2). Sollen sie wiederhergestellt werden, oder soll die Datei so geöffnet werden, wie sie auf der Festplatte liegt (die nicht gespeicherten Änderungen bleiben für den nächsten Start verfügbar)?</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Open File on Disk</source>
        <translation>Datei von der Festplatte öffnen</translation>
    </message>
    <message>
        <source>Keep for This Session Only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>No Keychain Available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>%1 was saved, but its scenarios were not: no keychain is available to store their secrets (%2). Keep the secrets in memory for this session only? The scenarios file then holds references whose values are gone when Action Designer quits; type them again after a restart.</source>
        <translation>%1 wurde gespeichert, seine Szenarien aber nicht: Es ist kein Schlüsselbund verfügbar, um ihre Secrets abzulegen (%2). Die Secrets nur für diese Sitzung im Speicher behalten? Die Szenariodatei enthält dann Verweise, deren Werte verloren sind, wenn Action Designer beendet wird; geben Sie sie nach einem Neustart erneut ein.</translation>
    </message>
    <message>
        <source>no keychain available; the secrets were not stored</source>
        <translation>kein Schlüsselbund verfügbar; die Secrets wurden nicht abgelegt</translation>
    </message>
    <message>
        <source>Saved %1, but not its scenarios</source>
        <translation>%1 gespeichert, seine Szenarien aber nicht</translation>
    </message>
    <message>
        <source>Scenarios not saved</source>
        <translation>Szenarien nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 was saved, but its scenarios were not. The window stays marked as modified.</source>
        <translation>%1 wurde gespeichert, seine Szenarien aber nicht. Das Fenster bleibt als geändert markiert.</translation>
    </message>
    <message>
        <source>Saved %1; scenario secrets kept for this session only</source>
        <translation>%1 gespeichert; Secrets der Szenarien nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Export to Terraform</source>
        <translation>Nach Terraform exportieren</translation>
    </message>
    <message>
        <source>Terraform files (*.tf);;All files (*)</source>
        <translation>Terraform-Dateien (*.tf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported to Terraform: %1</source>
        <translation>Nach Terraform exportiert: %1</translation>
    </message>
    <message>
        <source>Import Terraform JSON</source>
        <translation>Terraform-JSON importieren</translation>
    </message>
    <message>
        <source>Terraform JSON (*.json *.tfstate);;All files (*)</source>
        <translation>Terraform-JSON (*.json *.tfstate);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n action(s) from Terraform</source>
        <translation>
            <numerusform>%n Aktion aus Terraform importiert</numerusform>
            <numerusform>%n Aktionen aus Terraform importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from Terraform with warnings: %1</source>
        <translation>Aus Terraform importiert, mit Warnungen: %1</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Terraform…</source>
        <translation>&amp;Terraform…</translation>
    </message>
    <message>
        <source>Write the actions as port_action resources for Port&apos;s Terraform provider</source>
        <translation>Die Aktionen als port_action-Ressourcen für den Terraform-Provider von Port schreiben</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>I&amp;mportieren</translation>
    </message>
    <message>
        <source>&amp;Terraform JSON…</source>
        <translation>&amp;Terraform-JSON…</translation>
    </message>
    <message>
        <source>Open the port_action resources of &apos;terraform show -json&apos; output or a state file</source>
        <translation>Die port_action-Ressourcen aus der Ausgabe von &apos;terraform show -json&apos; oder aus einer State-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Migrate to Current Format…</source>
        <translation>In aktuelles Format &amp;migrieren…</translation>
    </message>
    <message>
        <source>Convert legacy v1 actions and flat INTEGRATION_ACTION workflows to the format Port&apos;s API accepts (one undo step)</source>
        <translation>Alte v1-Aktionen und flache INTEGRATION_ACTION-Workflows in das Format umwandeln, das Ports API akzeptiert (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <source>Put every pane back where it was at first start, sized for this window</source>
        <translation>Jeden Bereich dorthin zurücksetzen, wo er beim ersten Start war, passend zu diesem Fenster</translation>
    </message>
</context>
<context>
    <name>ad::app::MapField</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Die gewählte Zeile entfernen (Entf)</translation>
    </message>
    <message>
        <source>Not an object (a template?): edit it as JSON.</source>
        <translation>Kein Objekt (eine Vorlage?): Bearbeiten Sie es als JSON.</translation>
    </message>
    <message>
        <source>JSON %1</source>
        <translation>JSON %1</translation>
    </message>
</context>
<context>
    <name>ad::app::NotificationType</name>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Default (email)</source>
        <translation>Standard (E-Mail)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
</context>
<context>
    <name>ad::app::OrgDiffDialog</name>
    <message>
        <source>Differences: %1</source>
        <translation>Unterschiede: %1</translation>
    </message>
</context>
<context>
    <name>ad::app::OrgDiffView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %n difference(s) after normalizing</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %n Unterschied nach dem Normalisieren</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %n Unterschiede nach dem Normalisieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Pointer</translation>
    </message>
</context>
<context>
    <name>ad::app::OrgDock</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>changed locally</source>
        <translation>lokal geändert</translation>
    </message>
    <message>
        <source>changed in the org</source>
        <translation>in der Organisation geändert</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>only local</source>
        <translation>nur lokal</translation>
    </message>
    <message>
        <source>only in the org</source>
        <translation>nur in der Organisation</translation>
    </message>
    <message>
        <source>different (never pulled)</source>
        <translation>verschieden (nie abgerufen)</translation>
    </message>
    <message>
        <source>unreadable file</source>
        <translation>unlesbare Datei</translation>
    </message>
    <message>
        <source>The Port organization profile</source>
        <translation>Das Profil der Port-Organisation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <source>Add or edit org profiles and their credentials</source>
        <translation>Organisationsprofile und ihre Zugangsdaten hinzufügen oder bearbeiten</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Choose the folder the org&apos;s actions are pulled into</source>
        <translation>Den Ordner wählen, in den die Aktionen der Organisation abgerufen werden</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the org&apos;s actions and compare</source>
        <translation>Die Aktionen der Organisation abrufen und vergleichen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected action&apos;s file</source>
        <translation>Die Datei der gewählten Aktion öffnen</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Show what differs between the local file and the org</source>
        <translation>Zeigen, was sich zwischen der lokalen Datei und der Organisation unterscheidet</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Write the org&apos;s copy of the selected actions (all when none is selected)</source>
        <translation>Die Fassung der Organisation für die gewählten Aktionen schreiben (alle, wenn keine gewählt ist)</translation>
    </message>
    <message>
        <source>Push…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <source>Send the selected local changes to the org (all when none is selected)</source>
        <translation>Die gewählten lokalen Änderungen an die Organisation senden (alle, wenn keine gewählt ist)</translation>
    </message>
    <message>
        <source>Check secrets</source>
        <translation>Secrets prüfen</translation>
    </message>
    <message>
        <source>Ask the org which of the open action&apos;s {{ .secrets.NAME }} it has (names only)</source>
        <translation>Die Organisation fragen, welche {{ .secrets.NAME }} der geöffneten Aktion sie hat (nur Namen)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running request</source>
        <translation>Die laufende Anfrage stoppen</translation>
    </message>
    <message>
        <source>Filter by identifier, title or blueprint</source>
        <translation>Nach Kennung, Titel oder Blueprint filtern</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Folder for the org&apos;s actions</source>
        <translation>Ordner für die Aktionen der Organisation</translation>
    </message>
    <message>
        <source>The open action reads no organization secret.</source>
        <translation>Die geöffnete Aktion liest kein Secret der Organisation.</translation>
    </message>
    <message numerus="yes">
        <source>The org has all %n secret(s) the open action reads.</source>
        <translation>
            <numerusform>Die Organisation hat jedes Secret, das die geöffnete Aktion liest (%n).</numerusform>
            <numerusform>Die Organisation hat alle %n Secrets, die die geöffnete Aktion liest.</numerusform>
        </translation>
    </message>
    <message>
        <source>The org has no secret named: %1</source>
        <translation>Die Organisation hat kein Secret namens: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n action(s).</source>
        <translation>
            <numerusform>%n Aktion hochgeladen.</numerusform>
            <numerusform>%n Aktionen hochgeladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n action(s); the org refused:</source>
        <translation>
            <numerusform>%n Aktion hochgeladen; die Organisation hat abgelehnt:</numerusform>
            <numerusform>%n Aktionen hochgeladen; die Organisation hat abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <source>No org profile yet: add one with Profiles…</source>
        <translation>Noch kein Organisationsprofil: Legen Sie eines mit Profile… an</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>Automations</source>
        <translation>Automatisierungen</translation>
    </message>
    <message>
        <source>No blueprint</source>
        <translation>Kein Blueprint</translation>
    </message>
    <message>
        <source>Blueprint: %1</source>
        <translation>Blueprint: %1</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>noch nicht abgerufen</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>Save or close these files first; they have unsaved edits: %1</source>
        <translation>Speichern oder schließen Sie zuerst diese Dateien; sie haben nicht gespeicherte Änderungen: %1</translation>
    </message>
    <message>
        <source>Overwrite local edits?</source>
        <translation>Lokale Änderungen überschreiben?</translation>
    </message>
    <message>
        <source>These files have local edits that are not in the org:

%1

Replace them with the org&apos;s copy?</source>
        <translation>Diese Dateien haben lokale Änderungen, die nicht in der Organisation sind:

%1

Durch die Fassung der Organisation ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Pulled: %n file(s) written.</source>
        <translation>
            <numerusform>Abgerufen: %n Datei geschrieben.</numerusform>
            <numerusform>Abgerufen: %n Dateien geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled: %n file(s) written; kept local edits in: %1</source>
        <translation>
            <numerusform>Abgerufen: %n Datei geschrieben; lokale Änderungen behalten in: %1</numerusform>
            <numerusform>Abgerufen: %n Dateien geschrieben; lokale Änderungen behalten in: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>skip %1: %2</source>
        <translation>%1 überspringen: %2</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>%1 aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>    … and %n more</source>
        <translation>
            <numerusform>    … und %n weitere</numerusform>
            <numerusform>    … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pushed: fix these errors first (see the Problems dock when the file is open):
%1</source>
        <translation>Nichts hochgeladen: Beheben Sie zuerst diese Fehler (siehe Bereich Probleme, wenn die Datei geöffnet ist):
%1</translation>
    </message>
    <message>
        <source>Nothing to push: no local changes.</source>
        <translation>Nichts hochzuladen: keine lokalen Änderungen.</translation>
    </message>
    <message>
        <source>Push to %1?</source>
        <translation>Nach %1 hochladen?</translation>
    </message>
    <message>
        <source>These changes will be made in the org &quot;%1&quot;:

%2</source>
        <translation>Diese Änderungen werden in der Organisation &quot;%1&quot; vorgenommen:

%2</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Org (%1)</source>
        <translation>Organisation (%1)</translation>
    </message>
    <message>
        <source>Organization profiles</source>
        <translation>Organisationsprofile</translation>
    </message>
    <message>
        <source>Open an action first: the check reads the action in this window.</source>
        <translation>Öffnen Sie zuerst eine Aktion: Die Prüfung liest die Aktion in diesem Fenster.</translation>
    </message>
    <message>
        <source>Scenario from a Run…</source>
        <translation>Szenario aus einem Lauf…</translation>
    </message>
    <message>
        <source>Pick one of the org&apos;s recent runs of the selected action (or paste a run id): a scenario with its inputs, entity and user, and Port&apos;s payload as its expectation</source>
        <translation>Einen der letzten Läufe der gewählten Aktion in der Organisation wählen (oder eine Lauf-ID einfügen): ein Szenario mit seinen Eingaben, seiner Entität und seinem Benutzer, mit Ports Payload als Erwartung</translation>
    </message>
    <message>
        <source>Run %1 is of the action &quot;%2&quot;, and no file in %3 holds it: pull it first (Pull in the Organization dock).</source>
        <translation>Lauf %1 gehört zur Aktion &quot;%2&quot;, und keine Datei in %3 enthält sie: rufen Sie sie zuerst ab (Abrufen im Dock Organisation).</translation>
    </message>
    <message>
        <source>Save or close %1 first; it has unsaved edits.</source>
        <translation>Speichern oder schließen Sie zuerst %1; die Datei hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>%1 does not hold an action.</source>
        <translation>%1 enthält keine Aktion.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot; added to %2. Port&apos;s payload is its expectation.</source>
        <translation>Szenario &quot;%1&quot; zu %2 hinzugefügt. Ports Payload ist seine Erwartung.</translation>
    </message>
</context>
<context>
    <name>ad::app::OrgProfilesPage</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>e.g. staging</source>
        <translation>z. B. staging</translation>
    </message>
    <message>
        <source>EU (api.getport.io)</source>
        <translation>EU (api.getport.io)</translation>
    </message>
    <message>
        <source>US (api.us.getport.io)</source>
        <translation>US (api.us.getport.io)</translation>
    </message>
    <message>
        <source>Custom API base URL</source>
        <translation>Eigene API-Basis-URL</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API-Basis-URL:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>The client secret is kept in the system keychain. PORT_CLIENT_ID, PORT_CLIENT_SECRET and PORT_BASE_URL in the environment override every profile.</source>
        <translation>Das Client-Secret wird im Schlüsselbund des Systems abgelegt. PORT_CLIENT_ID, PORT_CLIENT_SECRET und PORT_BASE_URL in der Umgebung haben Vorrang vor jedem Profil.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>stored in the keychain (type to replace)</source>
        <translation>im Schlüsselbund gespeichert (zum Ersetzen tippen)</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>A profile needs a name without &apos;/&apos;.</source>
        <translation>Ein Profil braucht einen Namen ohne &apos;/&apos;.</translation>
    </message>
    <message>
        <source>The API base URL must be an http:// or https:// address.</source>
        <translation>Die API-Basis-URL muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>Saved, but the client secret could not be stored in the keychain: %1</source>
        <translation>Gespeichert, aber das Client-Secret konnte nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil &quot;%1&quot; gespeichert.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil &quot;%1&quot; entfernt.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the org has %n action(s) and automation(s).</source>
        <translation>
            <numerusform>Verbunden: Die Organisation hat %n Aktion oder Automatisierung.</numerusform>
            <numerusform>Verbunden: Die Organisation hat %n Aktionen und Automatisierungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ad::app::OutlineView</name>
    <message>
        <source>&amp;Actions in this file</source>
        <translation>&amp;Aktionen in dieser Datei</translation>
    </message>
    <message>
        <source>Actions in this file</source>
        <translation>Aktionen in dieser Datei</translation>
    </message>
    <message>
        <source>&amp;Parts</source>
        <translation>&amp;Teile</translation>
    </message>
    <message>
        <source>Parts of the action</source>
        <translation>Teile der Aktion</translation>
    </message>
</context>
<context>
    <name>ad::app::PortField</name>
    <message>
        <source>%1 (not a choice)</source>
        <translation>%1 (kein Auswahlwert)</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>ad::app::PortFormView</name>
    <message>
        <source>Automations have no form: an event starts them.</source>
        <translation>Automatisierungen haben kein Formular: Ein Ereignis startet sie.</translation>
    </message>
    <message>
        <source>This action has no user inputs: Port runs it without a form.</source>
        <translation>Diese Aktion hat keine Benutzereingaben: Port führt sie ohne Formular aus.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Shown when this jq is true: %1</source>
        <translation>Angezeigt, wenn dieses jq true ergibt: %1</translation>
    </message>
    <message>
        <source>Port&apos;s form starts empty here; the Request renders with the generated %1 until the scenario gives a value</source>
        <translation>Ports Formular beginnt hier leer; die Anfrage wird mit dem erzeugten Wert %1 gerendert, bis das Szenario einen Wert angibt</translation>
    </message>
</context>
<context>
    <name>ad::app::PreviewDock</name>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>New scenario with default values</source>
        <translation>Neues Szenario mit Standardwerten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the active scenario</source>
        <translation>Das aktive Szenario kopieren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the active scenario</source>
        <translation>Das aktive Szenario umbenennen</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the active scenario</source>
        <translation>Das aktive Szenario löschen</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Secrets anzeigen</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Body kopieren</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>{{ . }}</source>
        <translation>{{ . }}</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>szenario</translation>
    </message>
    <message>
        <source> copy</source>
        <translation> Kopie</translation>
    </message>
    <message>
        <source>Scenarios: %1</source>
        <translation>Szenarien: %1</translation>
    </message>
    <message>
        <source>No action to preview.</source>
        <translation>Keine Aktion für die Vorschau.</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird gerendert…</translation>
    </message>
    <message>
        <source>The render failed as a whole: %1</source>
        <translation>Das Rendern ist insgesamt fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · scenario “%2” · %n template(s)</source>
        <translation>
            <numerusform>%1 · Szenario „%2“ · %n Vorlage</numerusform>
            <numerusform>%1 · Szenario „%2“ · %n Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no backend</source>
        <translation>kein Backend</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed (rendered as null)</source>
        <translation>
            <numerusform>, %n fehlgeschlagen (als null gerendert)</numerusform>
            <numerusform>, %n fehlgeschlagen (als null gerendert)</numerusform>
        </translation>
    </message>
    <message>
        <source>error: {{ %1 }} at %2: %3 (rendered as null)</source>
        <translation>Fehler: {{ %1 }} bei %2: %3 (als null gerendert)</translation>
    </message>
    <message>
        <source>warning: {{ %1 }} at %2: %3</source>
        <translation>Warnung: {{ %1 }} bei %2: %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>{{ %1 }} renders null: %2</source>
        <translation>{{ %1 }} ergibt null: %2</translation>
    </message>
    <message>
        <source>{{ %1 }}: %2</source>
        <translation>{{ %1 }}: %2</translation>
    </message>
    <message>
        <source> · %1 of at most 10 workflow inputs</source>
        <translation> · %1 von höchstens 10 Workflow-Eingaben</translation>
    </message>
    <message>
        <source>Preview off: no jq worker binary set.</source>
        <translation>Vorschau aus: kein jq-Worker-Programm gesetzt.</translation>
    </message>
    <message>
        <source>Stale: the JSON text does not parse. This is the last good render; it follows again once the text parses.</source>
        <translation>Veraltet: Der JSON-Text lässt sich nicht parsen. Dies ist das letzte gültige Rendering; es folgt wieder, sobald sich der Text parsen lässt.</translation>
    </message>
    <message>
        <source>Accept as expected</source>
        <translation>Als erwartet übernehmen</translation>
    </message>
    <message>
        <source>Store this request as the scenario&apos;s expected output (its snapshot); File &gt; Save writes it to the scenario file</source>
        <translation>Diese Anfrage als erwartete Ausgabe des Szenarios ablegen (seinen Snapshot); Datei &gt; Speichern schreibt sie in die Szenariodatei</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Szenario bearbeiten</translation>
    </message>
    <message>
        <source>Nothing accepted: %1</source>
        <translation>Nichts übernommen: %1</translation>
    </message>
    <message>
        <source>Accepted as the expected request of scenario “%1”; File &gt; Save writes it.</source>
        <translation>Als erwartete Anfrage von Szenario „%1“ übernommen; Datei &gt; Speichern schreibt sie.</translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ Port&apos;s form would refuse %n input value(s) (%1): Port would never send this request</source>
        <translation>
            <numerusform> · ⚠ Das Formular von Port würde %n Eingabewert ablehnen (%1): Port würde diese Anfrage nie senden</numerusform>
            <numerusform> · ⚠ Das Formular von Port würde %n Eingabewerte ablehnen (%1): Port würde diese Anfrage nie senden</numerusform>
        </translation>
    </message>
    <message>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source> (not a boolean: counts as false)</source>
        <translation> (kein Boolean: zählt als false)</translation>
    </message>
    <message>
        <source>✓ The trigger condition holds (%1): Port would run this automation for this event.</source>
        <translation>✓ Die Auslöserbedingung ist erfüllt (%1): Port würde diese Automatisierung für dieses Ereignis ausführen.</translation>
    </message>
    <message>
        <source>✗ The trigger condition does not hold (%1): Port would NOT run this automation for this event; the request below would not be sent.</source>
        <translation>✗ Die Auslöserbedingung ist nicht erfüllt (%1): Port würde diese Automatisierung für dieses Ereignis NICHT ausführen; die Anfrage unten würde nicht gesendet.</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation>Name des neuen Szenarios:</translation>
    </message>
    <message>
        <source>Add scenario %1</source>
        <translation>Szenario %1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Szenario duplizieren</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Try jq</source>
        <translation>jq ausprobieren</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>✓ equals Port&apos;s payload for run %1</source>
        <translation>✓ entspricht dem Payload von Port für Lauf %1</translation>
    </message>
    <message>
        <source>Our render is what Port sent for run %1 (the scenario&apos;s expectation)</source>
        <translation>Unser Rendering ist, was Port für Lauf %1 gesendet hat (die Erwartung des Szenarios)</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n difference(s) from Port&apos;s payload for run %1</source>
        <translation>
            <numerusform>✗ %n Unterschied zum Payload von Port für Lauf %1</numerusform>
            <numerusform>✗ %n Unterschiede zum Payload von Port für Lauf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Scenarios</source>
        <translation>Szenarien wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ad::app::Problems</name>
    <message>
        <source>Edit ▸ Migrate to Current Format</source>
        <translation>Bearbeiten ▸ In aktuelles Format migrieren</translation>
    </message>
    <message>
        <source>File ▸ Export for Port</source>
        <translation>Datei ▸ Für Port exportieren</translation>
    </message>
</context>
<context>
    <name>ad::app::ProblemsView</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>JSON text</source>
        <translation>JSON-Text</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <source>Migrate to the current format…</source>
        <translation>In das aktuelle Format migrieren…</translation>
    </message>
    <message>
        <source>Go to Problem</source>
        <translation>Zum Problem springen</translation>
    </message>
</context>
<context>
    <name>ad::app::RequiredField</name>
    <message>
        <source>Re&amp;quired</source>
        <translation>&amp;Pflichtfeld</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Required is computed by a jqQuery: %1</source>
        <translation>Pflicht wird per jqQuery berechnet: %1</translation>
    </message>
    <message>
        <source>The form cannot be submitted without a value.</source>
        <translation>Ohne Wert lässt sich das Formular nicht absenden.</translation>
    </message>
</context>
<context>
    <name>ad::app::RunPickerDialog</name>
    <message>
        <source>Scenario from a Run</source>
        <translation>Szenario aus einem Lauf</translation>
    </message>
    <message>
        <source>Recent runs of every action in the org &quot;%1&quot;</source>
        <translation>Letzte Läufe aller Aktionen der Organisation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Recent runs of &lt;b&gt;%1&lt;/b&gt; in the org &quot;%2&quot;</source>
        <translation>Letzte Läufe von &lt;b&gt;%1&lt;/b&gt; in der Organisation &quot;%2&quot;</translation>
    </message>
    <message>
        <source>How many of the newest runs Port is asked for (at most %1)</source>
        <translation>Wie viele der neuesten Läufe bei Port angefragt werden (höchstens %1)</translation>
    </message>
    <message>
        <source>&amp;Show the last</source>
        <translation>&amp;Zeige die letzten</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Stop loading the list; a pasted run id still works</source>
        <translation>Laden der Liste abbrechen; eine eingefügte Lauf-ID funktioniert weiterhin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>r_… (pick a run above, or paste its id or its run page address)</source>
        <translation>r_… (oben einen Lauf wählen oder seine ID oder die Adresse seiner Laufseite einfügen)</translation>
    </message>
    <message>
        <source>Run &amp;id:</source>
        <translation>Lauf-&amp;ID:</translation>
    </message>
    <message>
        <source>The scenario takes the run&apos;s inputs, entity and user; Port&apos;s rendered payload becomes its expected output, so the Preview says whether our render equals what Port sent.</source>
        <translation>Das Szenario übernimmt Eingaben, Entität und Benutzer des Laufs; Ports gerenderte Payload wird seine erwartete Ausgabe, sodass die Vorschau zeigt, ob unser Rendering dem entspricht, was Port gesendet hat.</translation>
    </message>
    <message>
        <source>Create Scenario</source>
        <translation>Szenario erstellen</translation>
    </message>
    <message>
        <source>Not connected: choose a profile in the Organization dock first.</source>
        <translation>Nicht verbunden: Wählen Sie zuerst ein Profil im Dock Organisation.</translation>
    </message>
    <message>
        <source>Loading the org&apos;s recent runs from &quot;%1&quot;…</source>
        <translation>Die letzten Läufe der Organisation werden von &quot;%1&quot; geladen…</translation>
    </message>
    <message>
        <source>Loading the runs of %1 from &quot;%2&quot;…</source>
        <translation>Die Läufe von %1 werden von &quot;%2&quot; geladen…</translation>
    </message>
    <message>
        <source>Stopped. Reload lists the runs again.</source>
        <translation>Abgebrochen. Neu laden listet die Läufe erneut.</translation>
    </message>
    <message>
        <source>Could not list the org&apos;s runs from &quot;%1&quot;: %2</source>
        <translation>Die Läufe der Organisation konnten nicht von &quot;%1&quot; gelistet werden: %2</translation>
    </message>
    <message>
        <source>Could not list the runs of %1 from &quot;%2&quot;: %3</source>
        <translation>Die Läufe von %1 konnten nicht von &quot;%2&quot; gelistet werden: %3</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>The org &quot;%1&quot; has no runs yet.</source>
        <translation>Die Organisation &quot;%1&quot; hat noch keine Läufe.</translation>
    </message>
    <message>
        <source>No runs of %1 in &quot;%2&quot; yet.</source>
        <translation>Noch keine Läufe von %1 in &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), newest first. Enter or a double-click takes one.</source>
        <translation>
            <numerusform>%n Lauf, neuester zuerst. Eingabetaste oder Doppelklick übernimmt ihn.</numerusform>
            <numerusform>%n Läufe, neueste zuerst. Eingabetaste oder Doppelklick übernimmt einen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a run in the list or paste a run id.</source>
        <translation>Wählen Sie einen Lauf in der Liste oder fügen Sie eine Lauf-ID ein.</translation>
    </message>
    <message>
        <source>Fetching run %1 from &quot;%2&quot;…</source>
        <translation>Lauf %1 wird von &quot;%2&quot; abgerufen…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not fetch run %1 from &quot;%2&quot;: %3</source>
        <translation>Lauf %1 konnte nicht von &quot;%2&quot; abgerufen werden: %3</translation>
    </message>
    <message>
        <source>Port&apos;s answer has no &quot;run&quot;</source>
        <translation>Ports Antwort enthält kein &quot;run&quot;</translation>
    </message>
</context>
<context>
    <name>ad::app::RunTimeline</name>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Body)</translation>
    </message>
    <message>
        <source>… truncated (showing %1 of %2)</source>
        <translation>… gekürzt (%1 von %2 angezeigt)</translation>
    </message>
    <message>
        <source>%1 · %2 · scenario %3</source>
        <translation>%1 · %2 · Szenario %3</translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · gestartet %2</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>External run id: %1</source>
        <translation>Externe Lauf-ID: %1</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <source>topic %1, key %2</source>
        <translation>Topic %1, Schlüssel %2</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>gekürzt</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>umgeleitet nach %1</translation>
    </message>
    <message>
        <source>Response reported by the backend</source>
        <translation>Vom Backend gemeldete Antwort</translation>
    </message>
    <message>
        <source>Logs and status changes</source>
        <translation>Protokoll und Statusänderungen</translation>
    </message>
    <message>
        <source>Rendering the invocation…</source>
        <translation>Aufruf wird gerendert…</translation>
    </message>
    <message>
        <source>Interrupted: the designer stopped before the run ended.</source>
        <translation>Unterbrochen: Der Designer wurde beendet, bevor der Lauf endete.</translation>
    </message>
    <message>
        <source>Cancelled by the user</source>
        <translation>Vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>created (IN_PROGRESS)</source>
        <translation>angelegt (IN_PROGRESS)</translation>
    </message>
    <message>
        <source>response reported</source>
        <translation>Antwort gemeldet</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <source>status label: %1</source>
        <translation>Statuslabel: %1</translation>
    </message>
    <message>
        <source>link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>external run id: %1</source>
        <translation>externe Lauf-ID: %1</translation>
    </message>
</context>
<context>
    <name>ad::app::RunnerDock</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Send the current action&apos;s invocation with the active scenario (Ctrl+R)</source>
        <translation>Den Aufruf der aktuellen Aktion mit dem aktiven Szenario senden (Strg+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Abort the selected (or latest) running invocation</source>
        <translation>Den gewählten (oder letzten) laufenden Aufruf abbrechen</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the request of the selected run as a curl command (secrets masked)</source>
        <translation>Die Anfrage des gewählten Laufs als curl-Befehl kopieren (Secrets maskiert)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected run from the history</source>
        <translation>Den gewählten Lauf aus dem Verlauf löschen</translation>
    </message>
    <message>
        <source>Delete All</source>
        <translation>Alle löschen</translation>
    </message>
    <message>
        <source>Delete every run from the history</source>
        <translation>Alle Läufe aus dem Verlauf löschen</translation>
    </message>
    <message>
        <source>Skip TLS verification</source>
        <translation>TLS-Prüfung überspringen</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates for the next runs (self-signed test endpoints)</source>
        <translation>TLS-Zertifikate bei den nächsten Läufen nicht prüfen (selbstsignierte Test-Endpunkte)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Runs API port, Port credentials, GitHub/GitLab tokens, Kafka, timeouts</source>
        <translation>Port der Runs-API, Port-Zugangsdaten, GitHub/GitLab-Tokens, Kafka, Zeitlimits</translation>
    </message>
    <message>
        <source>⚠ TLS certificate verification is OFF for new runs</source>
        <translation>⚠ Die TLS-Zertifikatsprüfung ist für neue Läufe AUS</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Copy the runs API base URL (for PORT_API_BASE_URL or the GitHub action&apos;s baseUrl)</source>
        <translation>Die Basis-URL der Runs-API kopieren (für PORT_API_BASE_URL oder baseUrl der GitHub-Action)</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Press Run (Ctrl+R) to send the current action&apos;s invocation; the selected run&apos;s request, response and logs appear here.</source>
        <translation>Drücken Sie Ausführen (Strg+R), um den Aufruf der aktuellen Aktion zu senden; Anfrage, Antwort und Protokoll des gewählten Laufs erscheinen hier.</translation>
    </message>
    <message>
        <source>Runs API: %1 — point PORT_API_BASE_URL here</source>
        <translation>Runs-API: %1 — PORT_API_BASE_URL hierhin zeigen lassen</translation>
    </message>
    <message>
        <source>Runs API not running: %1</source>
        <translation>Runs-API läuft nicht: %1</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>There is no action to run.</source>
        <translation>Es gibt keine Aktion zum Ausführen.</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird gerendert…</translation>
    </message>
    <message>
        <source>Copied the request as curl (secrets masked)</source>
        <translation>Anfrage als curl kopiert (Secrets maskiert)</translation>
    </message>
    <message>
        <source>Delete run %1 from the history?</source>
        <translation>Lauf %1 aus dem Verlauf löschen?</translation>
    </message>
    <message>
        <source>Delete all %1 runs from the history? This cannot be undone.</source>
        <translation>Alle %1 Läufe aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Send the selected run&apos;s request again, or run the current action with its scenario</source>
        <translation>Die Anfrage des gewählten Laufs erneut senden oder die aktuelle Aktion mit ihrem Szenario ausführen</translation>
    </message>
    <message>
        <source>Send this exact request again</source>
        <translation>Genau diese Anfrage erneut senden</translation>
    </message>
    <message>
        <source>Render and send the selected run&apos;s own action version with its scenario, as a new run</source>
        <translation>Die eigene Aktionsversion des gewählten Laufs mit seinem Szenario rendern und als neuen Lauf senden</translation>
    </message>
    <message>
        <source>Run the current action</source>
        <translation>Aktuelle Aktion ausführen</translation>
    </message>
    <message>
        <source>Send the action as it is in the editor now, with the selected run&apos;s scenario</source>
        <translation>Die Aktion so senden, wie sie jetzt im Editor steht, mit dem Szenario des gewählten Laufs</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Show the runs of one action</source>
        <translation>Die Läufe einer Aktion anzeigen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Filter runs: action, status, scenario, HTTP status, URL, run id</source>
        <translation>Läufe filtern: Aktion, Status, Szenario, HTTP-Status, URL, Lauf-ID</translation>
    </message>
    <message>
        <source>⚠ Runs API: %1 — port %2 is taken, so this session uses %3 (Settings… to choose another)</source>
        <translation>⚠ Runs-API: %1 — Port %2 ist belegt, daher verwendet diese Sitzung %3 (Einstellungen…, um einen anderen zu wählen)</translation>
    </message>
    <message>
        <source>Run %1 was recorded before the designer kept the action it sent; use &quot;Run the current action&quot;.</source>
        <translation>Lauf %1 wurde aufgezeichnet, bevor der Designer die gesendete Aktion aufbewahrt hat; verwenden Sie &quot;Aktuelle Aktion ausführen&quot;.</translation>
    </message>
    <message>
        <source>Run Against &amp;Local Test Backend</source>
        <translation>Gegen &amp;lokales Test-Backend ausführen</translation>
    </message>
    <message>
        <source>Send the current webhook action to a test backend on 127.0.0.1 that checks the signature and reports logs and SUCCESS through the runs API; the action&apos;s URL is not changed. Webhook actions only.</source>
        <translation>Die aktuelle Webhook-Aktion an ein Test-Backend auf 127.0.0.1 senden, das die Signatur prüft und Logs und SUCCESS über die Runs-API meldet; die URL der Aktion bleibt unverändert. Nur für Webhook-Aktionen.</translation>
    </message>
</context>
<context>
    <name>ad::app::RunnerService</name>
    <message>
        <source>(untitled action)</source>
        <translation>(unbenannte Aktion)</translation>
    </message>
    <message>
        <source>Run history unavailable: %1</source>
        <translation>Laufverlauf nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>cannot listen on port %1</source>
        <translation>Port %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>There is no action to run.</source>
        <translation>Es gibt keine Aktion zum Ausführen.</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>The invocation could not be rendered: %1</source>
        <translation>Der Aufruf konnte nicht gerendert werden: %1</translation>
    </message>
    <message>
        <source>%1: {{%2}} failed, rendered as null: %3</source>
        <translation>%1: {{%2}} fehlgeschlagen, als null gerendert: %3</translation>
    </message>
    <message>
        <source>No client secret is configured for the local runs API: set &quot;Port client secret&quot; in Settings &gt; Backends and secrets (Ctrl+,).</source>
        <translation>Für die lokale Runs-API ist kein Client-Secret eingerichtet: Setzen Sie &quot;Port-Client-Secret&quot; unter Einstellungen &gt; Backends und Secrets (Strg+,).</translation>
    </message>
    <message>
        <source>Port %1 is taken (another designer or program listens there), so the runs API uses %2 in this session. Backends configured with port %1 do not reach this window; choose a free port in Settings &gt; Runner (Ctrl+,) to keep one address.</source>
        <translation>Port %1 ist belegt (ein anderer Designer oder ein anderes Programm lauscht dort), daher verwendet die Runs-API in dieser Sitzung %2. Backends, die mit Port %1 eingerichtet sind, erreichen dieses Fenster nicht; wählen Sie unter Einstellungen &gt; Ausführung (Strg+,) einen freien Port, um eine feste Adresse zu behalten.</translation>
    </message>
    <message>
        <source>The local test backend could not start: %1</source>
        <translation>Das lokale Test-Backend konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The local test backend receives webhooks only: this action&apos;s backend is %1. Use Run (Ctrl+R) to send it to its own backend.</source>
        <translation>Das lokale Test-Backend empfängt nur Webhooks: Das Backend dieser Aktion ist %1. Mit Ausführen (Strg+R) senden Sie sie an ihr eigenes Backend.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>The local test backend reports through the runs API, which is not running: %1 (Settings &gt; Runner)</source>
        <translation>Das lokale Test-Backend meldet über die Runs-API, die nicht läuft: %1 (Einstellungen &gt; Ausführung)</translation>
    </message>
</context>
<context>
    <name>ad::app::RunnerSettingsPages</name>
    <message>
        <source>Port (the local runs API and entity upserts)</source>
        <translation>Port (die lokale Runs-API und Entitäts-Upserts)</translation>
    </message>
    <message>
        <source>Port client &amp;id:</source>
        <translation>Port-Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Port client &amp;secret:</source>
        <translation>Port-Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Port API base:</source>
        <translation>Port-API-Basis:</translation>
    </message>
    <message>
        <source>empty: entity upserts are dry runs</source>
        <translation>leer: Entitäts-Upserts sind Probeläufe</translation>
    </message>
    <message>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <source>&amp;GitHub token:</source>
        <translation>&amp;GitHub-Token:</translation>
    </message>
    <message>
        <source>GitHub API base:</source>
        <translation>GitHub-API-Basis:</translation>
    </message>
    <message>
        <source>Git&amp;Lab API token:</source>
        <translation>Git&amp;Lab-API-Token:</translation>
    </message>
    <message>
        <source>GitLab trigger token:</source>
        <translation>GitLab-Trigger-Token:</translation>
    </message>
    <message>
        <source>GitLab base URL:</source>
        <translation>GitLab-Basis-URL:</translation>
    </message>
    <message>
        <source>Azure DevOps base:</source>
        <translation>Azure-DevOps-Basis:</translation>
    </message>
    <message>
        <source>Tokens and secrets are kept in the system keychain, never in the settings file. An environment variable (named in each empty field) is read first.</source>
        <translation>Tokens und Secrets werden im Schlüsselbund des Systems abgelegt, nie in der Einstellungsdatei. Eine Umgebungsvariable (in jedem leeren Feld genannt) wird zuerst gelesen.</translation>
    </message>
    <message>
        <source>Local runs API (the designer plays Port)</source>
        <translation>Lokale Runs-API (der Designer spielt Port)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>A fixed port keeps the address backends report to (default %1); when it is taken, the next free one is used and the Runner dock says so.</source>
        <translation>Ein fester Port behält die Adresse, an die Backends melden (Standard %1); ist er belegt, wird der nächste freie verwendet, und der Bereich Ausführung weist darauf hin.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Agent webhooks: call the URL as the agent would (instead of Kafka)</source>
        <translation>Agent-Webhooks: die URL so aufrufen, wie es der Agent täte (statt Kafka)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit der Anfrage:</translation>
    </message>
    <message>
        <source>Kafka</source>
        <translation>Kafka</translation>
    </message>
    <message>
        <source>Bootstrap servers:</source>
        <translation>Bootstrap-Server:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <source>&lt;ORG_ID&gt;.runs</source>
        <translation>&lt;ORG_ID&gt;.runs</translation>
    </message>
    <message>
        <source>Security protocol:</source>
        <translation>Sicherheitsprotokoll:</translation>
    </message>
    <message>
        <source>SASL mechanism:</source>
        <translation>SASL-Mechanismus:</translation>
    </message>
    <message>
        <source>SASL username:</source>
        <translation>SASL-Benutzername:</translation>
    </message>
    <message>
        <source>SASL password:</source>
        <translation>SASL-Passwort:</translation>
    </message>
    <message>
        <source>TLS verification can be switched off per run in the Runner dock.</source>
        <translation>Die TLS-Prüfung lässt sich im Bereich Ausführung pro Lauf abschalten.</translation>
    </message>
    <message>
        <source>Keep for This Session Only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Use the Environment Variable</source>
        <translation>Umgebungsvariable verwenden</translation>
    </message>
    <message>
        <source>kept for this session only — type to replace</source>
        <translation>nur für diese Sitzung behalten — zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>gespeichert — zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>not set (or %1)</source>
        <translation>nicht gesetzt (oder %1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No Keychain Available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>No keychain is available to store this secret (%1), so it was NOT saved. Keep it in memory for this session only (gone when Action Designer quits)%2?</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um dieses Secret abzulegen (%1), daher wurde es NICHT gespeichert. Nur für diese Sitzung im Speicher behalten (verloren, wenn Action Designer beendet wird)%2?</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>, or set the environment variable %1 before starting Action Designer (it is read first)</source>
        <translation>, oder setzen Sie die Umgebungsvariable %1, bevor Sie Action Designer starten (sie wird zuerst gelesen)</translation>
    </message>
    <message>
        <source>%1: no keychain; kept for this session only.</source>
        <translation>%1: kein Schlüsselbund; nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>%1: not stored; set %2 in the environment before starting Action Designer.</source>
        <translation>%1: nicht gespeichert; setzen Sie %2 in der Umgebung, bevor Sie Action Designer starten.</translation>
    </message>
    <message>
        <source>%1: not stored (no keychain available: %2).</source>
        <translation>%1: nicht gespeichert (kein Schlüsselbund verfügbar: %2).</translation>
    </message>
</context>
<context>
    <name>ad::app::ScenarioEditor</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Org id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <source>Triggered at</source>
        <translation>Ausgelöst um</translation>
    </message>
    <message>
        <source>X-Port-Timestamp</source>
        <translation>X-Port-Timestamp</translation>
    </message>
    <message>
        <source>now (unix seconds)</source>
        <translation>jetzt (Unix-Sekunden)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>GitHub default branch</source>
        <translation>GitHub-Standardbranch</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Entity (DAY-2 / DELETE)</source>
        <translation>Entität (DAY-2 / DELETE)</translation>
    </message>
    <message>
        <source>empty: a mock entity of the trigger&apos;s blueprint</source>
        <translation>leer: eine Schein-Entität des Blueprints des Auslösers</translation>
    </message>
    <message>
        <source>Event (automation)</source>
        <translation>Ereignis (Automatisierung)</translation>
    </message>
    <message>
        <source>generated from trigger.event</source>
        <translation>aus trigger.event erzeugt</translation>
    </message>
    <message>
        <source>Use the generated event</source>
        <translation>Das erzeugte Ereignis verwenden</translation>
    </message>
    <message>
        <source>Mock entities (entity inputs pick from these)</source>
        <translation>Schein-Entitäten (Entitätseingaben wählen daraus)</translation>
    </message>
    <message>
        <source>[ full entity objects ]</source>
        <translation>[ vollständige Entitätsobjekte ]</translation>
    </message>
    <message>
        <source>Secrets (.secrets.NAME; kept in the secret store, never in the action)</source>
        <translation>Secrets (.secrets.NAME; im Secret-Speicher abgelegt, nie in der Aktion)</translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation>Secret hinzufügen</translation>
    </message>
    <message>
        <source>This action has no user inputs.</source>
        <translation>Diese Aktion hat keine Benutzereingaben.</translation>
    </message>
    <message>
        <source>hidden (visible is false): Port does not show it</source>
        <translation>verborgen (visible ist false): Port zeigt sie nicht an</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>empty: this generated entity
</source>
        <translation>leer: diese erzeugte Entität
</translation>
    </message>
    <message>
        <source>Not JSON: %1 (line %2)</source>
        <translation>Kein JSON: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Port&apos;s form would refuse this: %1</source>
        <translation>Das Formular von Port würde dies ablehnen: %1</translation>
    </message>
    <message>
        <source>signs X-Port-Signature; empty: Settings &gt; Backends and secrets</source>
        <translation>signiert X-Port-Signature; leer: Einstellungen &gt; Backends und Secrets</translation>
    </message>
</context>
<context>
    <name>ad::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>Editor-&amp;Schrift:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System (default)</source>
        <translation>System (Standard)</translation>
    </message>
    <message>
        <source>Takes effect the next time Action Designer starts.</source>
        <translation>Wirkt beim nächsten Start von Action Designer.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;Open files from:</source>
        <translation>Dateien ö&amp;ffnen aus:</translation>
    </message>
    <message>
        <source>&amp;Save new files in:</source>
        <translation>Neue Dateien s&amp;peichern in:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Backends and secrets</source>
        <translation>Backends und Secrets</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>The runner is not available in this window.</source>
        <translation>Die Ausführung ist in diesem Fenster nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ad::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>Nach Befehl oder Taste filtern</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>ad::app::StepsField</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Inputs (ids, in order)</source>
        <translation>Eingaben (IDs, in Reihenfolge)</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Einen Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Den gewählten Schritt entfernen</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Den Schritt nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Den Schritt nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>ad::app::StringField</name>
    <message>
        <source>Holds a %1, not a string; typing replaces it with text.</source>
        <translation>Enthält %1, keine Zeichenkette; Tippen ersetzt es durch Text.</translation>
    </message>
</context>
<context>
    <name>ad::app::TestsDock</name>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>no expectation</source>
        <translation>keine Erwartung</translation>
    </message>
    <message>
        <source>No tests run yet.</source>
        <translation>Noch keine Tests ausgeführt.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run every scenario of the open action</source>
        <translation>Alle Szenarien der geöffneten Aktion ausführen</translation>
    </message>
    <message>
        <source>Run Folder…</source>
        <translation>Ordner ausführen…</translation>
    </message>
    <message>
        <source>Run every scenario of every action with a scenario file in a folder</source>
        <translation>Alle Szenarien aller Aktionen mit einer Szenariodatei in einem Ordner ausführen</translation>
    </message>
    <message>
        <source>Run the Scenario Tests of a Folder</source>
        <translation>Die Szenariotests eines Ordners ausführen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>(unsaved action)</source>
        <translation>(nicht gespeicherte Aktion)</translation>
    </message>
    <message>
        <source>The document holds no action (see the Problems dock).</source>
        <translation>Das Dokument enthält keine Aktion (siehe Bereich Probleme).</translation>
    </message>
    <message>
        <source>Tests off: no jq worker binary set.</source>
        <translation>Tests aus: kein jq-Worker-Programm gesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n scenario(s)…</source>
        <translation>
            <numerusform>%n Szenario wird ausgeführt…</numerusform>
            <numerusform>%n Szenarien werden ausgeführt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): %1</source>
        <translation>
            <numerusform>%n Unterschied: %1</numerusform>
            <numerusform>%n Unterschiede: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no expectation yet</source>
        <translation>noch keine Erwartung</translation>
    </message>
    <message>
        <source>matches its expectation</source>
        <translation>entspricht seiner Erwartung</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>The request matches the expectation of scenario “%1”.</source>
        <translation>Die Anfrage entspricht der Erwartung von Szenario „%1“.</translation>
    </message>
    <message>
        <source>Differences from the expected request (JSON pointers into the request as `action-designer request --format json` prints it, bodies parsed):

</source>
        <translation>Unterschiede zur erwarteten Anfrage (JSON-Pointer in die Anfrage, wie `action-designer request --format json` sie ausgibt, Bodys geparst):

</translation>
    </message>
    <message>
        <source>Nothing to compare: %1</source>
        <translation>Nichts zu vergleichen: %1</translation>
    </message>
    <message>
        <source>Scenario “%1” has no expectation. Double-click it to make it the Preview&apos;s scenario, then press “Accept as expected” on the Preview&apos;s Request tab to store the current request.</source>
        <translation>Szenario „%1“ hat keine Erwartung. Doppelklicken Sie darauf, um es zum Szenario der Vorschau zu machen, und drücken Sie dann auf dem Reiter Anfrage der Vorschau „Als erwartet übernehmen“, um die aktuelle Anfrage abzulegen.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
</context>
<context>
    <name>ad::app::TimelineView</name>
    <message>
        <source>Wrap Long Lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
</context>
<context>
    <name>ad::app::TraceTable</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>ad::app::TriggerEditor</name>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Self-service action</source>
        <translation>Self-Service-Aktion</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Self-service: users run it from Port&apos;s UI or API. Automation: Port runs it when an event happens. Switching keeps the other trigger in memory.</source>
        <translation>Self-Service: Benutzer führen sie über die Oberfläche oder API von Port aus. Automatisierung: Port führt sie aus, wenn ein Ereignis eintritt. Beim Wechseln bleibt der andere Auslöser im Speicher.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation>&amp;Operation</translation>
    </message>
    <message>
        <source>CREATE: not tied to an entity. DAY-2: changes an existing entity. DELETE: deletes one.</source>
        <translation>CREATE: an keine Entität gebunden. DAY-2: ändert eine bestehende Entität. DELETE: löscht eine.</translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <source>&amp;Blueprint</source>
        <translation>&amp;Blueprint</translation>
    </message>
    <message>
        <source>Ties the action to a blueprint; DAY-2 and DELETE actions run on its entities.</source>
        <translation>Bindet die Aktion an einen Blueprint; DAY-2- und DELETE-Aktionen laufen auf dessen Entitäten.</translation>
    </message>
    <message>
        <source>Condition (which entities offer the action)</source>
        <translation>Bedingung (welche Entitäten die Aktion anbieten)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>A Port search query, not jq: {&quot;type&quot;: &quot;SEARCH&quot;, &quot;combinator&quot;: &quot;and&quot;, &quot;rules&quot;: [{&quot;property&quot;: &quot;$team&quot;, &quot;operator&quot;: &quot;=&quot;, &quot;value&quot;: &quot;x&quot;}]}</source>
        <translation>Eine Port-Suchabfrage, kein jq: {&quot;type&quot;: &quot;SEARCH&quot;, &quot;combinator&quot;: &quot;and&quot;, &quot;rules&quot;: [{&quot;property&quot;: &quot;$team&quot;, &quot;operator&quot;: &quot;=&quot;, &quot;value&quot;: &quot;x&quot;}]}</translation>
    </message>
    <message>
        <source>Add a &amp;condition</source>
        <translation>&amp;Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove the condition</source>
        <translation>Bedingung &amp;entfernen</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Card &amp;button text</source>
        <translation>Text der &amp;Kartenschaltfläche</translation>
    </message>
    <message>
        <source>Label of the action card&apos;s button (1-15 characters).</source>
        <translation>Beschriftung der Schaltfläche auf der Aktionskarte (1–15 Zeichen).</translation>
    </message>
    <message>
        <source>&amp;Execute button text</source>
        <translation>Text der &amp;Ausführen-Schaltfläche</translation>
    </message>
    <message>
        <source>Label of the form&apos;s submit button (1-15 characters).</source>
        <translation>Beschriftung der Absende-Schaltfläche des Formulars (1–15 Zeichen).</translation>
    </message>
    <message>
        <source>User inputs are edited in the User inputs part.</source>
        <translation>Benutzereingaben werden im Teil Benutzereingaben bearbeitet.</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>&amp;Ereignis</translation>
    </message>
    <message>
        <source>Bl&amp;ueprint</source>
        <translation>Bl&amp;ueprint</translation>
    </message>
    <message>
        <source>The blueprint whose entities fire the event.</source>
        <translation>Der Blueprint, dessen Entitäten das Ereignis auslösen.</translation>
    </message>
    <message>
        <source>&amp;Timer property</source>
        <translation>&amp;Timer-Eigenschaft</translation>
    </message>
    <message>
        <source>The timer property whose expiry fires the event.</source>
        <translation>Die Timer-Eigenschaft, deren Ablauf das Ereignis auslöst.</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Aktion</translation>
    </message>
    <message>
        <source>The action (or automation) whose runs fire the event.</source>
        <translation>Die Aktion (oder Automatisierung), deren Läufe das Ereignis auslösen.</translation>
    </message>
    <message>
        <source>Con&amp;dition</source>
        <translation>Be&amp;dingung</translation>
    </message>
    <message>
        <source>Expressions see the event itself: write .diff.after.properties.x, not .event.diff... (payload templates see it under .event).</source>
        <translation>Ausdrücke sehen das Ereignis selbst: Schreiben Sie .diff.after.properties.x, nicht .event.diff... (Payload-Vorlagen sehen es unter .event).</translation>
    </message>
    <message>
        <source>Make it an automation</source>
        <translation>In eine Automatisierung umwandeln</translation>
    </message>
    <message>
        <source>Make it a self-service action</source>
        <translation>In eine Self-Service-Aktion umwandeln</translation>
    </message>
    <message>
        <source>Port rejects a condition on a CREATE action: remove it, or make the action DAY-2 or DELETE.</source>
        <translation>Port lehnt eine Bedingung bei einer CREATE-Aktion ab: Entfernen Sie sie oder machen Sie die Aktion zu DAY-2 oder DELETE.</translation>
    </message>
    <message>
        <source>Only DAY-2 and DELETE actions take a condition.</source>
        <translation>Nur DAY-2- und DELETE-Aktionen haben eine Bedingung.</translation>
    </message>
    <message>
        <source>A Port search query (not jq) choosing the entities that offer this action. Empty: all entities of the blueprint.</source>
        <translation>Eine Port-Suchabfrage (kein jq), die die Entitäten wählt, die diese Aktion anbieten. Leer: alle Entitäten des Blueprints.</translation>
    </message>
</context>
</TS>
