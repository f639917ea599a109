<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AemVersionPage</name>
    <message>
        <source>AEM version</source>
        <translation>AEM-Version</translation>
    </message>
    <message>
        <source>Which AEM will use this configuration? The version decides what AEM can store and which authentication it supports.</source>
        <translation>Welches AEM wird diese Konfiguration verwenden? Die Version entscheidet, was AEM speichern kann und welche Authentifizierung es unterstützt.</translation>
    </message>
    <message>
        <source>AEM &amp;version</source>
        <translation>AEM-&amp;Version</translation>
    </message>
    <message>
        <source>AEM 6.3 or earlier</source>
        <translation>AEM 6.3 oder älter</translation>
    </message>
    <message>
        <source>AEM 6.4, or 6.5 before Service Pack 20</source>
        <translation>AEM 6.4 oder 6.5 vor Service Pack 20</translation>
    </message>
    <message>
        <source>AEM 6.5 Service Pack 20 or later (or with the OAuth compatibility hotfix)</source>
        <translation>AEM 6.5 Service Pack 20 oder neuer (oder mit dem OAuth-Kompatibilitäts-Hotfix)</translation>
    </message>
    <message>
        <source>AEM as a Cloud Service</source>
        <translation>AEM as a Cloud Service</translation>
    </message>
    <message>
        <source>AEM 6.3 and earlier have no IMS configurations. The wizard prepares the legacy Cloud Services configuration instead (Adobe I/O Events: Link Externalizer alias, API key, technical account, organization, client secret) with a JWT certificate.</source>
        <translation>AEM 6.3 und älter haben keine IMS-Konfigurationen. Der Assistent bereitet stattdessen die alte Cloud-Services-Konfiguration vor (Adobe I/O Events: Alias im Link Externalizer, API-Schlüssel, technisches Konto, Organisation, Client-Geheimnis) mit einem JWT-Zertifikat.</translation>
    </message>
    <message>
        <source>This AEM stores IMS configurations with JWT only. For OAuth Server-to-Server install Service Pack 20 or, on SP11 to SP19, the %1, then choose the next option.</source>
        <translation>Dieses AEM speichert IMS-Konfigurationen nur mit JWT. Installieren Sie für OAuth Server-to-Server Service Pack 20 oder, bei SP11 bis SP19, den %1 und wählen Sie dann die nächste Option.</translation>
    </message>
    <message>
        <source>IMS configuration with OAuth Server-to-Server, then the solution&apos;s cloud service configuration.</source>
        <translation>IMS-Konfiguration mit OAuth Server-to-Server, danach die Cloud-Service-Konfiguration der Lösung.</translation>
    </message>
    <message>
        <source>IMS configuration with OAuth Server-to-Server (deployable as code with $[secret:…] placeholders), then the solution&apos;s cloud service configuration.</source>
        <translation>IMS-Konfiguration mit OAuth Server-to-Server (als Code bereitstellbar mit $[secret:…]-Platzhaltern), danach die Cloud-Service-Konfiguration der Lösung.</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>%1 is too large for a key or certificate file.</source>
        <translation>%1 ist zu groß für eine Schlüssel- oder Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>The JWT is signed with a private key; its certificate is uploaded to the credential in the Developer Console. Create a new pair, or use the one you have.</source>
        <translation>Das JWT wird mit einem privaten Schlüssel signiert; dessen Zertifikat wird in der Adobe Developer Console zu den Anmeldedaten hochgeladen. Erstellen Sie ein neues Paar oder verwenden Sie ein vorhandenes.</translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation>Neues Zertifikat erstellen</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Schlüssellänge</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 Bit</translation>
    </message>
    <message>
        <source>&amp;Key size:</source>
        <translation>S&amp;chlüssellänge:</translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation>Gültigkeit in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>C&amp;reate certificate</source>
        <translation>Zertifikat e&amp;rstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Creating the key pair</source>
        <translation>Schlüsselpaar wird erstellt</translation>
    </message>
    <message>
        <source>Or use an existing key pair</source>
        <translation>Oder ein vorhandenes Schlüsselpaar verwenden</translation>
    </message>
    <message>
        <source>config.&amp;zip…</source>
        <translation>config.&amp;zip…</translation>
    </message>
    <message>
        <source>The Developer Console&apos;s &quot;Generate a key pair&quot; download</source>
        <translation>Der Download „Schlüsselpaar generieren“ der Developer Console</translation>
    </message>
    <message>
        <source>PKCS#&amp;12 keystore…</source>
        <translation>PKCS#&amp;12-Keystore…</translation>
    </message>
    <message>
        <source>Private key + certificate (&amp;PEM)…</source>
        <translation>Privater Schlüssel + Zertifikat (&amp;PEM)…</translation>
    </message>
    <message>
        <source>AEM as a Cloud &amp;Service credential…</source>
        <translation>AEM as a Cloud &amp;Service-Anmeldedaten…</translation>
    </message>
    <message>
        <source>Passphrase or keystore password</source>
        <translation>Passphrase oder Keystore-Passwort</translation>
    </message>
    <message>
        <source>for PKCS#12 files and encrypted keys</source>
        <translation>für PKCS#12-Dateien und verschlüsselte Schlüssel</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the SHA-1 fingerprint, as the Developer Console shows it</source>
        <translation>SHA-1-Fingerabdruck kopieren, wie ihn die Developer Console anzeigt</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Save %1 for the Developer Console</source>
        <translation>%1 für die Developer Console speichern</translation>
    </message>
    <message>
        <source>E&amp;xport for AEM keystore (PKCS#12)…</source>
        <translation>Für AEM-Keystore e&amp;xportieren (PKCS#12)…</translation>
    </message>
    <message>
        <source>&amp;Upload to the training sandbox</source>
        <translation>In die &amp;Trainings-Sandbox hochladen</translation>
    </message>
    <message>
        <source>Stands in for uploading the public key in the Developer Console</source>
        <translation>Steht für das Hochladen des öffentlichen Schlüssels in der Developer Console</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint copied.</source>
        <translation>SHA-1-Fingerabdruck kopiert.</translation>
    </message>
    <message>
        <source>Keys and certificates (*.key *.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Schlüssel und Zertifikate (*.key *.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import config.zip</source>
        <translation>config.zip importieren</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation>ZIP-Archive (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import PKCS#12 keystore</source>
        <translation>PKCS#12-Keystore importieren</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import AEM as a Cloud Service credential</source>
        <translation>AEM as a Cloud Service-Anmeldedaten importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Choose its certificate</source>
        <translation>Zugehöriges Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Download public key</source>
        <translation>Öffentlichen Schlüssel herunterladen</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>Zertifikate (*.crt)</translation>
    </message>
    <message>
        <source>Enter a keystore password in &quot;Password&quot; first; AEM asks for it when you add the key.</source>
        <translation>Geben Sie zuerst unter „Passwort“ ein Keystore-Passwort ein; AEM fragt danach, wenn Sie den Schlüssel hinzufügen.</translation>
    </message>
    <message>
        <source>Export for AEM keystore</source>
        <translation>Für AEM-Keystore exportieren</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Export an unencrypted private key?</source>
        <translation>Unverschlüsselten privaten Schlüssel exportieren?</translation>
    </message>
    <message>
        <source>The DER file holds the private key without any protection. Anyone with the file can sign as this integration. Prefer the PKCS#12 export; if AEM needs the DER file, delete it right after adding it to the keystore.</source>
        <translation>Die DER-Datei enthält den privaten Schlüssel ohne jeden Schutz. Wer die Datei hat, kann im Namen dieser Integration signieren. Verwenden Sie besser den PKCS#12-Export; falls AEM die DER-Datei braucht, löschen Sie sie gleich nachdem Sie sie zum Keystore hinzugefügt haben.</translation>
    </message>
    <message>
        <source>Export private key (DER)</source>
        <translation>Privaten Schlüssel exportieren (DER)</translation>
    </message>
    <message>
        <source>DER files (*.der)</source>
        <translation>DER-Dateien (*.der)</translation>
    </message>
    <message>
        <source>Creating an RSA %1 key pair…</source>
        <translation>RSA-%1-Schlüsselpaar wird erstellt…</translation>
    </message>
    <message>
        <source>Cancelled. No certificate was created.</source>
        <translation>Abgebrochen. Es wurde kein Zertifikat erstellt.</translation>
    </message>
    <message>
        <source>Created a new certificate.</source>
        <translation>Neues Zertifikat erstellt.</translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation>%1 – abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (noch %n Tag)</numerusform>
            <numerusform>%1 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Imported the key pair from %1.</source>
        <translation>Schlüsselpaar aus %1 importiert.</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>%1 und %2 importiert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Uploaded to the sandbox credential %1, as you would in the Developer Console.</source>
        <translation>Zu den Sandbox-Anmeldedaten %1 hochgeladen, wie Sie es in der Developer Console tun würden.</translation>
    </message>
    <message>
        <source>✖ %1: %2 %3</source>
        <comment>error title: what happened, what to do</comment>
        <translation>✖ %1: %2 %3</translation>
    </message>
    <message>
        <source>Down&amp;load public key…</source>
        <translation>Öffentlichen Schlüssel herunter&amp;laden…</translation>
    </message>
    <message>
        <source>Export private key (D&amp;ER)…</source>
        <translation>Privaten Schlüssel exportieren (D&amp;ER)…</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Name configurations or use --all, not both.</source>
        <translation>Nennen Sie Konfigurationen oder verwenden Sie --all, nicht beides.</translation>
    </message>
    <message>
        <source>No configurations to check.</source>
        <translation>Keine Konfigurationen zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) passed.</source>
        <translation>
            <numerusform>%1 von %n Prüfung bestanden.</numerusform>
            <numerusform>%1 von %n Prüfungen bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request a token for configurations (health check).</source>
        <translation>Token für Konfigurationen anfordern (Zustandsprüfung).</translation>
    </message>
    <message>
        <source>Check every configuration (rollback copies only when named).</source>
        <translation>Jede Konfiguration prüfen (Rollback-Kopien nur, wenn sie genannt werden).</translation>
    </message>
    <message>
        <source>Enter it again: ims-wizard set-secret %1 --secret-stdin</source>
        <translation>Geben Sie es erneut ein: ims-wizard set-secret %1 --secret-stdin</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to %1.</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>Requests a real access token for each named configuration (id, title or unique id prefix), or for every configuration with --all or no NAME, at most %1 at a time (--concurrency N: at most N, from 1 to %2). Prints each result as it arrives: the token&apos;s expiry, scopes and client ID, never the token; or what went wrong and what to do. Each result is recorded in the configuration&apos;s health history. Exit code 0 only when every check passed.</source>
        <translation>Fordert für jede genannte Konfiguration (ID, Titel oder eindeutiger ID-Anfang) ein echtes Zugriffstoken an, oder für jede Konfiguration bei --all oder ohne NAME, höchstens %1 gleichzeitig (--concurrency N: höchstens N, von 1 bis %2). Gibt jedes Ergebnis aus, sobald es eintrifft: Ablauf, Scopes und Client ID des Tokens, nie das Token selbst; oder was schiefging und was zu tun ist. Jedes Ergebnis wird im Prüfverlauf der Konfiguration festgehalten. Exit-Code 0 nur, wenn jede Prüfung bestanden wurde.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; checks at once (1 to %1; default %2).</source>
        <translation>Höchstens &lt;n&gt; Prüfungen gleichzeitig (1 bis %1; Standard %2).</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>Print one JSON document on stdout instead of text.</source>
        <translation>Ein JSON-Dokument auf stdout ausgeben statt Text.</translation>
    </message>
    <message>
        <source>Keep configurations in &lt;dir&gt; (default: %1).</source>
        <translation>Konfigurationen in &lt;dir&gt; ablegen (Standard: %1).</translation>
    </message>
    <message>
        <source>Use the training sandbox running at &lt;url&gt; (for example one started with `ims-wizard sandbox`) for configurations marked sandbox, instead of starting one in this process.</source>
        <translation>Für als Sandbox markierte Konfigurationen die Trainings-Sandbox unter &lt;url&gt; verwenden (zum Beispiel eine mit `ims-wizard sandbox` gestartete), statt in diesem Prozess eine zu starten.</translation>
    </message>
    <message>
        <source>Trust the CA certificate (PEM) in &lt;file&gt; for the --sandbox-url only.</source>
        <translation>Dem CA-Zertifikat (PEM) in &lt;file&gt; nur für --sandbox-url vertrauen.</translation>
    </message>
    <message>
        <source>--sandbox-ca needs --sandbox-url.</source>
        <translation>--sandbox-ca erfordert --sandbox-url.</translation>
    </message>
    <message>
        <source>Not an https URL: %1</source>
        <translation>Keine https-URL: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several configurations: %2. Name one by its id.</source>
        <translation>„%1“ passt auf mehrere Konfigurationen: %2. Nennen Sie eine über ihre ID.</translation>
    </message>
    <message>
        <source>No configuration is named &quot;%1&quot; (by id, title or id prefix). `ims-wizard list` shows them.</source>
        <translation>Keine Konfiguration heißt „%1“ (nach ID, Titel oder ID-Anfang). `ims-wizard list` zeigt sie an.</translation>
    </message>
    <message>
        <source>The training sandbox could not start: %1</source>
        <translation>Die Trainings-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Started the training sandbox at %1 for the configurations marked sandbox.</source>
        <translation>Trainings-Sandbox unter %1 für die als Sandbox markierten Konfigurationen gestartet.</translation>
    </message>
    <message>
        <source>Give the %1 either with --%2 or with --%3, not both.</source>
        <translation>Geben Sie %1 entweder mit --%2 oder mit --%3 an, nicht beides.</translation>
    </message>
    <message>
        <source>Only one input can come from stdin.</source>
        <translation>Nur eine Eingabe kann von stdin kommen.</translation>
    </message>
    <message>
        <source>%1 (not shown):</source>
        <translation>%1 (nicht angezeigt):</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the %2) is not set or empty.</source>
        <translation>Die Umgebungsvariable %1 (für %2) ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <source>The %1 on stdin is empty.</source>
        <translation>%1 auf stdin ist leer.</translation>
    </message>
    <message>
        <source>Use the HTTP proxy at &lt;url&gt; (http://[user@]host:port) for this run instead of the network settings. Never put the password in the URL: use --proxy-password-env, or the password saved in the keychain by Settings → Network.</source>
        <translation>Für diesen Aufruf den HTTP-Proxy unter &lt;url&gt; (http://[user@]host:port) statt der Netzwerkeinstellungen verwenden. Schreiben Sie das Passwort nie in die URL: Verwenden Sie --proxy-password-env oder das unter Einstellungen → Netzwerk im Schlüsselbund gespeicherte Passwort.</translation>
    </message>
    <message>
        <source>Connect directly, without any proxy, for this run.</source>
        <translation>Für diesen Aufruf direkt verbinden, ohne Proxy.</translation>
    </message>
    <message>
        <source>Read the proxy password from the environment variable &lt;var&gt;.</source>
        <translation>Proxy-Passwort aus der Umgebungsvariablen &lt;var&gt; lesen.</translation>
    </message>
    <message>
        <source>Use either --proxy or --no-proxy, not both.</source>
        <translation>Verwenden Sie entweder --proxy oder --no-proxy, nicht beides.</translation>
    </message>
    <message>
        <source>--proxy-password-env needs a proxy with a user.</source>
        <translation>--proxy-password-env erfordert einen Proxy mit Benutzer.</translation>
    </message>
    <message>
        <source>The proxy URL must not contain a password: other users can read the command line. Use --proxy-password-env VAR, or save the password with Settings → Network.</source>
        <translation>Die Proxy-URL darf kein Passwort enthalten: Andere Benutzer können die Kommandozeile lesen. Verwenden Sie --proxy-password-env VAR oder speichern Sie das Passwort unter Einstellungen → Netzwerk.</translation>
    </message>
    <message>
        <source>Not a proxy URL: %1 (expected http://[user@]host:port).</source>
        <translation>Keine Proxy-URL: %1 (erwartet: http://[user@]host:port).</translation>
    </message>
    <message>
        <source>--proxy-password-env needs a proxy with a user (http://user@host:port).</source>
        <translation>--proxy-password-env erfordert einen Proxy mit Benutzer (http://user@host:port).</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
</context>
<context>
    <name>CloudServicePage</name>
    <message>
        <source>Cloud service configuration</source>
        <translation>Cloud-Service-Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Configure the cloud service later in AEM</source>
        <translation>Cloud-Service später in AEM &amp;konfigurieren</translation>
    </message>
    <message>
        <source>Connect to &amp;Target</source>
        <translation>Mit &amp;Target verbinden</translation>
    </message>
    <message>
        <source>Give the technical account the Editor role (training sandbox)</source>
        <translation>Dem technischen Konto die Rolle Editor geben (Trainings-Sandbox)</translation>
    </message>
    <message>
        <source>&amp;Replace the existing Brand Portal configuration when saving</source>
        <translation>Vorhandene Brand-Portal-Konfiguration beim Speichern &amp;ersetzen</translation>
    </message>
    <message>
        <source>AEM 6.3: the legacy Cloud Services configuration &quot;%1&quot; (no IMS configuration).</source>
        <translation>AEM 6.3: die alte Cloud-Services-Konfiguration „%1“ (keine IMS-Konfiguration).</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; cloud service configuration that uses this IMS configuration.</source>
        <translation>Die Cloud-Service-Konfiguration „%1“, die diese IMS-Konfiguration verwendet.</translation>
    </message>
    <message>
        <source>In AEM: Tools, Deployment, Cloud Services, %1. The keystore alias eventproxy of the user eventproxy-service holds the private key.</source>
        <translation>In AEM: Tools, Deployment, Cloud Services, %1. Der Keystore-Alias eventproxy des Benutzers eventproxy-service enthält den privaten Schlüssel.</translation>
    </message>
    <message>
        <source>In AEM: Tools, Cloud Services, %1, in the global configuration.</source>
        <translation>In AEM: Tools, Cloud Services, %1, in der globalen Konfiguration.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Saving replaces: %3. %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Beim Speichern wird ersetzt: %3. %4</translation>
    </message>
    <message>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>IMS</source>
        <translation>IMS</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REST</translation>
    </message>
    <message>
        <source>AT.js</source>
        <translation>AT.js</translation>
    </message>
    <message>
        <source>mbox.js (deprecated)</source>
        <translation>mbox.js (veraltet)</translation>
    </message>
    <message>
        <source>•••••••• (the credential&apos;s client secret, kept in the system keychain; enter it in AEM)</source>
        <translation>•••••••• (das Client-Geheimnis der Anmeldedaten, im Schlüsselbund des Systems; geben Sie es in AEM ein)</translation>
    </message>
    <message>
        <source>Follows the IMS credentials of this configuration.</source>
        <translation>Folgt den IMS-Anmeldedaten dieser Konfiguration.</translation>
    </message>
    <message>
        <source>tenant, or paste https://experience.adobe.com/#/@tenant/target</source>
        <translation>Tenant, oder https://experience.adobe.com/#/@tenant/target einfügen</translation>
    </message>
    <message>
        <source>Connecting to Adobe Target…</source>
        <translation>Verbindung zu Adobe Target wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to Adobe Target: the Admin API lists %n activities.</source>
        <translation>
            <numerusform>Mit Adobe Target verbunden: Die Admin-API listet %n Aktivität auf.</numerusform>
            <numerusform>Mit Adobe Target verbunden: Die Admin-API listet %n Aktivitäten auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: ims-wizard [&lt;command&gt; [options]]</source>
        <translation>Aufruf: ims-wizard [&lt;Befehl&gt; [Optionen]]</translation>
    </message>
    <message>
        <source>Sets up Adobe IMS integrations for AEM. Without a command the wizard opens; with one, ims-wizard works on the command line and needs no display.</source>
        <translation>Richtet Adobe IMS-Integrationen für AEM ein. Ohne Befehl öffnet sich der Assistent; mit Befehl arbeitet ims-wizard auf der Kommandozeile und braucht keine Anzeige.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help.</source>
        <translation>Diese Hilfe oder die Hilfe eines Befehls anzeigen.</translation>
    </message>
    <message>
        <source>Run &quot;ims-wizard &lt;command&gt; --help&quot; for a command&apos;s options. Exit codes: 0 success, 1 a check failed or something was not done, 2 usage error.</source>
        <translation>„ims-wizard &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls. Exit-Codes: 0 Erfolg, 1 eine Prüfung ist fehlgeschlagen oder etwas wurde nicht ausgeführt, 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Commands: %1. Run &quot;ims-wizard help&quot; for more.</source>
        <translation>Befehle: %1. „ims-wizard help“ zeigt mehr.</translation>
    </message>
    <message>
        <source>Run &quot;ims-wizard %1 --help&quot; for its options.</source>
        <translation>„ims-wizard %1 --help“ zeigt seine Optionen.</translation>
    </message>
</context>
<context>
    <name>ConfigurationModel</name>
    <message>
        <source>%1 [sandbox]</source>
        <translation>%1 [Sandbox]</translation>
    </message>
    <message>
        <source>%1 — rollback copy</source>
        <translation>%1 – Rollback-Kopie</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT-Anmeldedaten (veraltet)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>✔ Token retrieved (%1)</source>
        <translation>✔ Token erhalten (%1)</translation>
    </message>
    <message>
        <source>✖ %1 (%2)</source>
        <translation>✖ %1 (%2)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>JWT credentials reached end of life on 30 June 2025. Use &quot;Migrate to OAuth&quot;.</source>
        <translation>JWT-Anmeldedaten haben am 30. Juni 2025 ihr Lebensende erreicht. Verwenden Sie „Zu OAuth migrieren“.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Cloud-Lösung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Autorisierungsserver</translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation>Letzte Zustandsprüfung</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>✖ Secret missing — enter it again in Properties</source>
        <translation>✖ Geheimnis fehlt – geben Sie es in den Eigenschaften erneut ein</translation>
    </message>
</context>
<context>
    <name>ConfigurationView</name>
    <message>
        <source>JWT (deprecated)</source>
        <translation>JWT (veraltet)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>nie geprüft</translation>
    </message>
    <message>
        <source>ok (%1 UTC)</source>
        <translation>ok (%1 UTC)</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Cloud solution:</source>
        <translation>Cloud-Lösung:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>Autorisierungsserver:</translation>
    </message>
    <message>
        <source>Training sandbox:</source>
        <translation>Trainings-Sandbox:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <source>in the keychain (%1)</source>
        <translation>im Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation>Organisations-ID:</translation>
    </message>
    <message>
        <source>Technical account ID:</source>
        <translation>ID des technischen Kontos:</translation>
    </message>
    <message>
        <source>Technical account email:</source>
        <translation>E-Mail des technischen Kontos:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Metascopes:</source>
        <translation>Metascopes:</translation>
    </message>
    <message>
        <source>Certificate alias:</source>
        <translation>Zertifikatsalias:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message numerus="yes">
        <source>%1, expires %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1, läuft ab am %2 (noch %n Tag)</numerusform>
            <numerusform>%1, läuft ab am %2 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>Rollback copy of:</source>
        <translation>Rollback-Kopie von:</translation>
    </message>
    <message>
        <source>Migrated to OAuth:</source>
        <translation>Zu OAuth migriert:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Last health check:</source>
        <translation>Letzte Zustandsprüfung:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>SOLUTION</source>
        <translation>LÖSUNG</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>LAST CHECK</source>
        <translation>LETZTE PRÜFUNG</translation>
    </message>
    <message>
        <source>(rollback copy of %1)</source>
        <translation>(Rollback-Kopie von %1)</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>FAILED  %1 — %2</source>
        <translation>FEHLER  %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>OK      %1 — token expires in %n second(s), at %2</source>
        <translation>
            <numerusform>OK      %1 – Token läuft in %n Sekunde ab, um %2</numerusform>
            <numerusform>OK      %1 – Token läuft in %n Sekunden ab, um %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <source>MISSING from the keychain — enter it again: ims-wizard set-secret %1 --secret-stdin</source>
        <translation>FEHLT im Schlüsselbund – geben Sie es erneut ein: ims-wizard set-secret %1 --secret-stdin</translation>
    </message>
    <message>
        <source>Warning: %1. %2</source>
        <translation>Warnung: %1. %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>AEM version:</source>
        <translation>AEM-Version:</translation>
    </message>
    <message>
        <source>Cloud Services (legacy):</source>
        <translation>Cloud Services (alt):</translation>
    </message>
    <message>
        <source>Cloud service:</source>
        <translation>Cloud-Service:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConsoleStepsPage</name>
    <message>
        <source>Adobe Developer Console and Admin Console</source>
        <translation>Adobe Developer Console und Admin Console</translation>
    </message>
    <message>
        <source>Do these steps in Adobe&apos;s web consoles, then come back for the credentials. Tick each step when it is done; the ticks are saved with the configuration.</source>
        <translation>Führen Sie diese Schritte in Adobes Web-Konsolen aus und kehren Sie dann für die Anmeldedaten zurück. Haken Sie jeden erledigten Schritt ab; die Haken werden mit der Konfiguration gespeichert.</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Projekt erstellen</translation>
    </message>
    <message>
        <source>Add the product&apos;s API</source>
        <translation>API des Produkts hinzufügen</translation>
    </message>
    <message>
        <source>Upload the public key (Service Account JWT)</source>
        <translation>Öffentlichen Schlüssel hochladen (Service Account JWT)</translation>
    </message>
    <message>
        <source>Choose OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server wählen</translation>
    </message>
    <message>
        <source>Choose the product profiles</source>
        <translation>Produktprofile wählen</translation>
    </message>
    <message>
        <source>Give the technical account the Target role Editor</source>
        <translation>Dem technischen Konto die Target-Rolle Editor geben</translation>
    </message>
    <message>
        <source>In the Adobe Developer Console, select your organization and choose &quot;Create new project&quot;.</source>
        <translation>Wählen Sie in der Adobe Developer Console Ihre Organisation und dann „Create new project“.</translation>
    </message>
    <message>
        <source>In the project choose &quot;Add API&quot; and pick this API.</source>
        <translation>Wählen Sie im Projekt „Add API“ und dann diese API.</translation>
    </message>
    <message>
        <source>Choose &quot;Upload your public key&quot; and pick the certificate file below (never the private key).</source>
        <translation>Wählen Sie „Upload your public key“ und dann die Zertifikatsdatei unten (nie den privaten Schlüssel).</translation>
    </message>
    <message>
        <source>Choose the credential type OAuth Server-to-Server. Its scopes should be these.</source>
        <translation>Wählen Sie den Anmeldedatentyp OAuth Server-to-Server. Seine Scopes sollten diese sein.</translation>
    </message>
    <message>
        <source>Select the product profiles the technical account may use, then &quot;Save configured API&quot;.</source>
        <translation>Wählen Sie die Produktprofile, die das technische Konto verwenden darf, dann „Save configured API“.</translation>
    </message>
    <message>
        <source>In the Admin Console open Adobe Target, the product profile, &quot;API credentials&quot;, and set the role of this credential&apos;s technical account to Editor. Observer cannot use the Admin API: &quot;Connect to Target&quot; fails with 403.</source>
        <translation>Öffnen Sie in der Admin Console Adobe Target, das Produktprofil, „API credentials“, und setzen Sie die Rolle des technischen Kontos dieser Anmeldedaten auf Editor. Observer kann die Admin-API nicht verwenden: „Mit Target verbinden“ scheitert mit 403.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Credential type</source>
        <translation>Anmeldedatentyp</translation>
    </message>
    <message>
        <source>File to upload</source>
        <translation>Hochzuladende Datei</translation>
    </message>
    <message>
        <source>Metascope</source>
        <translation>Metascope</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the console page for: %1</source>
        <translation>Die Konsolenseite öffnen für: %1</translation>
    </message>
    <message>
        <source>Could not open %1; copy the address into a browser.</source>
        <translation>%1 konnte nicht geöffnet werden; kopieren Sie die Adresse in einen Browser.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>No certificate yet: go back to the certificate page.</source>
        <translation>Noch kein Zertifikat: Gehen Sie zurück zur Zertifikatsseite.</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>&amp;Assign Editor in the training sandbox</source>
        <translation>Rolle Editor in der Trainings-Sandbox &amp;zuweisen</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>Copy the OAuth Server-to-Server credential from the Adobe Developer Console, or paste or drop the JSON it downloads.</source>
        <translation>Kopieren Sie die OAuth Server-to-Server-Anmeldedaten aus der Adobe Developer Console, oder fügen Sie das heruntergeladene JSON ein bzw. ziehen Sie es hierher.</translation>
    </message>
    <message>
        <source>Fill the form from Developer Console JSON on the clipboard</source>
        <translation>Formular aus Developer-Console-JSON in der Zwischenablage ausfüllen</translation>
    </message>
    <message>
        <source>Fill with sandbox &amp;sample</source>
        <translation>Mit Sandbox-&amp;Beispiel ausfüllen</translation>
    </message>
    <message>
        <source>Use the training organisation&apos;s credential for the chosen solution</source>
        <translation>Die Anmeldedaten der Trainingsorganisation für die gewählte Lösung verwenden</translation>
    </message>
    <message>
        <source>Authori&amp;zation server:</source>
        <translation>Autori&amp;sierungsserver:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>from the credential&apos;s page</source>
        <translation>von der Seite der Anmeldedaten</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>&quot;Retrieve client secret&quot;</source>
        <translation>„Client-Geheimnis abrufen“</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>&amp;Organisations-ID:</translation>
    </message>
    <message>
        <source>&amp;Technical account ID:</source>
        <translation>ID des &amp;technischen Kontos:</translation>
    </message>
    <message>
        <source>Technical account e&amp;mail:</source>
        <translation>E-&amp;Mail des technischen Kontos:</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>Sco&amp;pes:</translation>
    </message>
    <message>
        <source>comma-separated, as the console lists them</source>
        <translation>durch Kommas getrennt, wie die Console sie auflistet</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy the JSON from the Developer Console first.</source>
        <translation>Die Zwischenablage ist leer. Kopieren Sie zuerst das JSON aus der Developer Console.</translation>
    </message>
    <message>
        <source>Import Developer Console JSON</source>
        <translation>Developer-Console-JSON importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Noch erforderlich: %1</translation>
    </message>
    <message>
        <source>The text is not a Developer Console download.</source>
        <translation>Der Text ist kein Download aus der Developer Console.</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n field(s) from the Developer Console download.</source>
        <translation>
            <numerusform>%n Feld aus dem Developer-Console-Download ausgefüllt.</numerusform>
            <numerusform>%n Felder aus dem Developer-Console-Download ausgefüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large to be a Developer Console download.</source>
        <translation>%1 ist zu groß für einen Download aus der Developer Console.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n field(s) from the Developer Console download. It lists %1 client secrets; the first is used.</source>
        <translation>
            <numerusform>%n Feld aus dem Developer-Console-Download ausgefüllt. Er enthält %1 Client-Geheimnisse; das erste wird verwendet.</numerusform>
            <numerusform>%n Felder aus dem Developer-Console-Download ausgefüllt. Er enthält %1 Client-Geheimnisse; das erste wird verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste &amp;JSON</source>
        <translation>&amp;JSON einfügen</translation>
    </message>
    <message>
        <source>Import JSON &amp;file…</source>
        <translation>JSON-&amp;Datei importieren…</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Choose a format with --format pem|p12|osgi|report.</source>
        <translation>Wählen Sie ein Format mit --format pem|p12|osgi|report.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: choose pem, p12, osgi or report.</source>
        <translation>Unbekanntes Format „%1“: Wählen Sie pem, p12, osgi oder report.</translation>
    </message>
    <message>
        <source>--%1 is for --format osgi only.</source>
        <translation>--%1 gilt nur für --format osgi.</translation>
    </message>
    <message>
        <source>A password is for --format p12 only.</source>
        <translation>Ein Passwort gilt nur für --format p12.</translation>
    </message>
    <message>
        <source>%1 has no certificate: only JWT configurations have one.</source>
        <translation>%1 hat kein Zertifikat: Nur JWT-Konfigurationen haben eines.</translation>
    </message>
    <message>
        <source>Upload this certificate to the credential in the Adobe Developer Console.</source>
        <translation>Laden Sie dieses Zertifikat in der Adobe Developer Console zu den Anmeldedaten hoch.</translation>
    </message>
    <message>
        <source>keystore password</source>
        <translation>Keystore-Passwort</translation>
    </message>
    <message>
        <source>A PKCS#12 keystore needs a password: give it with --password-stdin or --password-env VAR.</source>
        <translation>Ein PKCS#12-Keystore braucht ein Passwort: Geben Sie es mit --password-stdin oder --password-env VAR an.</translation>
    </message>
    <message>
        <source>The keychain holds no private key for %1 (imported from AEM, the key stays in AEM&apos;s keystore).</source>
        <translation>Der Schlüsselbund enthält keinen privaten Schlüssel für %1 (aus AEM importiert; der Schlüssel bleibt im Keystore von AEM).</translation>
    </message>
    <message>
        <source>In AEM: Add Private Key from KeyStore file, alias %1.</source>
        <translation>In AEM: „Add Private Key from KeyStore file“, Alias %1.</translation>
    </message>
    <message>
        <source>--%1 writes the client secret in clear text into a file. Add --%2 to confirm, or leave both out to write the placeholder $[secret:%3].</source>
        <translation>--%1 schreibt das Client-Geheimnis im Klartext in eine Datei. Fügen Sie zur Bestätigung --%2 hinzu, oder lassen Sie beide weg, um den Platzhalter $[secret:%3] zu schreiben.</translation>
    </message>
    <message>
        <source>--output for osgi is a folder; %1 is a file.</source>
        <translation>--output ist für osgi ein Ordner; %1 ist eine Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The client secret is in clear text in these files: keep them out of version control.</source>
        <translation>Das Client-Geheimnis steht im Klartext in diesen Dateien: Halten Sie sie aus der Versionsverwaltung heraus.</translation>
    </message>
    <message>
        <source>The client secret is the placeholder $[secret:%1]: set a secret environment variable %1 in Cloud Manager (or the OSGi configuration) to its value.</source>
        <translation>Das Client-Geheimnis ist der Platzhalter $[secret:%1]: Legen Sie in Cloud Manager (oder in der OSGi-Konfiguration) eine geheime Umgebungsvariable %1 mit seinem Wert an.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Choose another --output, or add --force to replace it.</source>
        <translation>Wählen Sie ein anderes --output, oder fügen Sie --force hinzu, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export a configuration for AEM or the Developer Console.</source>
        <translation>Eine Konfiguration für AEM oder die Developer Console exportieren.</translation>
    </message>
    <message>
        <source>pem, p12, osgi or report.</source>
        <translation>pem, p12, osgi oder report.</translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation>Vorhandene Dateien ersetzen.</translation>
    </message>
    <message>
        <source>p12: read the keystore password from stdin.</source>
        <translation>p12: Keystore-Passwort von stdin lesen.</translation>
    </message>
    <message>
        <source>p12: read the keystore password from the environment variable &lt;var&gt;.</source>
        <translation>p12: Keystore-Passwort aus der Umgebungsvariablen &lt;var&gt; lesen.</translation>
    </message>
    <message>
        <source>osgi: write the client secret itself instead of the placeholder (needs --%1).</source>
        <translation>osgi: das Client-Geheimnis selbst statt des Platzhalters schreiben (erfordert --%1).</translation>
    </message>
    <message>
        <source>Confirms --%1: the files will hold the secret in clear text.</source>
        <translation>Bestätigt --%1: Die Dateien enthalten das Geheimnis im Klartext.</translation>
    </message>
    <message>
        <source>--all is for --format report only.</source>
        <translation>--all gilt nur für --format report.</translation>
    </message>
    <message>
        <source>export takes one NAME (several only with --format report).</source>
        <translation>export erwartet genau einen NAME (mehrere nur mit --format report).</translation>
    </message>
    <message>
        <source>Name the configurations for the report, or use --all (not both).</source>
        <translation>Nennen Sie die Konfigurationen für den Bericht oder verwenden Sie --all (nicht beides).</translation>
    </message>
    <message>
        <source>--%1 is not for --format report: the report never holds a secret.</source>
        <translation>--%1 gilt nicht für --format report: Der Bericht enthält nie ein Geheimnis.</translation>
    </message>
    <message>
        <source>There are no saved configurations to report on.</source>
        <translation>Es gibt keine gespeicherten Konfigurationen für einen Bericht.</translation>
    </message>
    <message>
        <source>--output for a report is a folder, or a file ending in .pdf or .html.</source>
        <translation>--output ist für einen Bericht ein Ordner oder eine Datei mit der Endung .pdf oder .html.</translation>
    </message>
    <message>
        <source>The report holds no secret: hand it over as it is.</source>
        <translation>Der Bericht enthält kein Geheimnis: Geben Sie ihn so weiter, wie er ist.</translation>
    </message>
    <message>
        <source>Writes one configuration in a format AEM or the Adobe Developer Console takes:
  pem     the public certificate (JWT) for the Developer Console, AEM-Adobe-IMS.crt
  p12     a PKCS#12 keystore with the private key and certificate (JWT), for AEM&apos;s &quot;Add Private Key from KeyStore file&quot;; needs --password-stdin or --password-env
  osgi    the OSGi configuration pair (.cfg.json) for AEM as code; the client secret is written as the Cloud Manager placeholder $[secret:NAME], or in clear text only with --clear-text-secret --i-understand-this-writes-a-secret
  report  the handover report of NAME… or --all, as HTML and PDF (no secret in it): organisation, solutions, endpoints, certificates, scopes, cloud services, health checks and the next actions
Existing files are not replaced without --force.</source>
        <translation>Schreibt eine Konfiguration in einem Format, das AEM oder die Adobe Developer Console annimmt:
  pem     das öffentliche Zertifikat (JWT) für die Developer Console, AEM-Adobe-IMS.crt
  p12     ein PKCS#12-Keystore mit privatem Schlüssel und Zertifikat (JWT) für „Add Private Key from KeyStore file“ in AEM; erfordert --password-stdin oder --password-env
  osgi    das OSGi-Konfigurationspaar (.cfg.json) für AEM als Code; das Client-Geheimnis wird als Cloud-Manager-Platzhalter $[secret:NAME] geschrieben, im Klartext nur mit --clear-text-secret --i-understand-this-writes-a-secret
  report  der Übergabebericht zu NAME… oder --all als HTML und PDF (ohne Geheimnisse): Organisation, Lösungen, Endpunkte, Zertifikate, Scopes, Cloud-Services, Zustandsprüfungen und die nächsten Schritte
Vorhandene Dateien werden ohne --force nicht ersetzt.</translation>
    </message>
    <message>
        <source>Write to &lt;path&gt;: a folder (osgi, report, or pem/p12 with the default file name) or a file (pem, p12; report: .pdf or .html). Default: the current folder.</source>
        <translation>Nach &lt;path&gt; schreiben: ein Ordner (osgi, report, oder pem/p12 mit dem Standard-Dateinamen) oder eine Datei (pem, p12; report: .pdf oder .html). Standard: der aktuelle Ordner.</translation>
    </message>
    <message>
        <source>report: every saved configuration.</source>
        <translation>report: alle gespeicherten Konfigurationen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export — %1</source>
        <translation>Exportieren – %1</translation>
    </message>
    <message>
        <source>&amp;OSGi configuration for AEM (.cfg.json pair)</source>
        <translation>&amp;OSGi-Konfiguration für AEM (.cfg.json-Paar)</translation>
    </message>
    <message>
        <source>Public &amp;certificate for the Developer Console (%1)</source>
        <translation>Öffentliches &amp;Zertifikat für die Developer Console (%1)</translation>
    </message>
    <message>
        <source>&amp;PKCS#12 keystore for AEM (&quot;Add Private Key from KeyStore file&quot;)</source>
        <translation>&amp;PKCS#12-Keystore für AEM („Add Private Key from KeyStore file“)</translation>
    </message>
    <message>
        <source>Write the client secret in clear te&amp;xt instead of $[secret:%1]</source>
        <translation>Client-Geheimnis im &amp;Klartext statt $[secret:%1] schreiben</translation>
    </message>
    <message>
        <source>⚠ The file will contain the secret. Anyone who can read it, or the repository it is committed to, can act as this integration. AEM as a Cloud Service reads $[secret:…] placeholders from environment variables instead.</source>
        <translation>⚠ Die Datei wird das Geheimnis enthalten. Wer sie lesen kann – oder das Repository, in das sie eingecheckt wird –, kann als diese Integration handeln. AEM as a Cloud Service liest $[secret:…]-Platzhalter stattdessen aus Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>I understand: write the secret into the file</source>
        <translation>Verstanden: Geheimnis in die Datei schreiben</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>Keystore-Passwort</translation>
    </message>
    <message>
        <source>Keystore password again</source>
        <translation>Keystore-Passwort wiederholen</translation>
    </message>
    <message>
        <source>Keystore pass&amp;word:</source>
        <translation>Keystore-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Wieder&amp;holen:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>O&amp;rdner:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 — upload it to the credential in the Developer Console.</source>
        <translation>%1 gespeichert – laden Sie die Datei in der Developer Console zu den Anmeldedaten hoch.</translation>
    </message>
    <message>
        <source>Saved the OSGi configuration; set the environment variable %1 in AEM.</source>
        <translation>OSGi-Konfiguration gespeichert; setzen Sie die Umgebungsvariable %1 in AEM.</translation>
    </message>
    <message>
        <source>Saved the OSGi configuration with the secret in clear text (readable by you only).</source>
        <translation>OSGi-Konfiguration mit dem Geheimnis im Klartext gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Saved %1 (alias %2) for AEM&apos;s keystore.</source>
        <translation>%1 (Alias %2) für den Keystore von AEM gespeichert.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>HandoverReportDialog</name>
    <message>
        <source>Handover report</source>
        <translation>Übergabebericht</translation>
    </message>
    <message>
        <source>Handover report preview</source>
        <translation>Vorschau des Übergabeberichts</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Als &amp;HTML speichern…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>D&amp;rucken…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Bericht als HTML speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>HTML documents (*.html *.htm)</source>
        <translation>HTML-Dokumente (*.html *.htm)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>HandoverReportDocument</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>AEM 6.3 or earlier</source>
        <translation>AEM 6.3 oder älter</translation>
    </message>
    <message>
        <source>AEM 6.4 or 6.5 before Service Pack 20</source>
        <translation>AEM 6.4 oder 6.5 vor Service Pack 20</translation>
    </message>
    <message>
        <source>AEM 6.5 Service Pack 20 or later, or with the compatibility hotfix</source>
        <translation>AEM 6.5 Service Pack 20 oder neuer, oder mit dem Kompatibilitäts-Hotfix</translation>
    </message>
    <message>
        <source>AEM as a Cloud Service</source>
        <translation>AEM as a Cloud Service</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expired %n day(s) ago: create a new certificate, upload it to the credential in the Adobe Developer Console and update AEM&apos;s IMS configuration.</source>
        <translation>
            <numerusform>Das Zertifikat ist seit %n Tag abgelaufen: Erstellen Sie ein neues Zertifikat, laden Sie es in der Adobe Developer Console zu den Anmeldedaten hoch und aktualisieren Sie die IMS-Konfiguration in AEM.</numerusform>
            <numerusform>Das Zertifikat ist seit %n Tagen abgelaufen: Erstellen Sie ein neues Zertifikat, laden Sie es in der Adobe Developer Console zu den Anmeldedaten hoch und aktualisieren Sie die IMS-Konfiguration in AEM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s): create a new one and upload it to the Adobe Developer Console before then.</source>
        <translation>
            <numerusform>Das Zertifikat läuft in %n Tag ab: Erstellen Sie vorher ein neues und laden Sie es in die Adobe Developer Console hoch.</numerusform>
            <numerusform>Das Zertifikat läuft in %n Tagen ab: Erstellen Sie vorher ein neues und laden Sie es in die Adobe Developer Console hoch.</numerusform>
        </translation>
    </message>
    <message>
        <source>JWT credentials reached end of life: migrate this configuration to OAuth Server-to-Server.</source>
        <translation>JWT-Anmeldedaten haben ihr Lebensende erreicht: Migrieren Sie diese Konfiguration zu OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>OAuth needs AEM 6.5 Service Pack 20 or the compatibility hotfix: install it before AEM uses this configuration.</source>
        <translation>OAuth erfordert AEM 6.5 Service Pack 20 oder den Kompatibilitäts-Hotfix: Installieren Sie ihn, bevor AEM diese Konfiguration verwendet.</translation>
    </message>
    <message>
        <source>This JWT copy is kept as a rollback of a migration: once the OAuth configuration works in AEM, delete it.</source>
        <translation>Diese JWT-Kopie wird als Rollback einer Migration aufbewahrt: Löschen Sie sie, sobald die OAuth-Konfiguration in AEM funktioniert.</translation>
    </message>
    <message>
        <source>No health check on record: check it before handing over.</source>
        <translation>Keine Zustandsprüfung erfasst: Prüfen Sie die Konfiguration vor der Übergabe.</translation>
    </message>
    <message>
        <source>The last health check failed (%1): fix it and check again.</source>
        <translation>Die letzte Zustandsprüfung ist fehlgeschlagen (%1): Beheben Sie den Fehler und prüfen Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The last successful health check is %n day(s) old: check it again.</source>
        <translation>
            <numerusform>Die letzte erfolgreiche Zustandsprüfung ist %n Tag alt: Prüfen Sie erneut.</numerusform>
            <numerusform>Die letzte erfolgreiche Zustandsprüfung ist %n Tage alt: Prüfen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adobe IMS integrations: handover report</source>
        <translation>Adobe IMS-Integrationen: Übergabebericht</translation>
    </message>
    <message>
        <source>Generated on %1 by ims-wizard.</source>
        <translation>Erstellt am %1 von ims-wizard.</translation>
    </message>
    <message>
        <source>Client secrets and private keys are not part of this report: they stay in the OS keychain of the machine that made the configurations.</source>
        <translation>Client-Geheimnisse und private Schlüssel sind nicht Teil dieses Berichts: Sie bleiben im Schlüsselbund des Betriebssystems auf dem Rechner, auf dem die Konfigurationen erstellt wurden.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Nothing to do: every configuration is current and healthy.</source>
        <translation>Nichts zu tun: Jede Konfiguration ist aktuell und in Ordnung.</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Cloud-Lösung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT-Anmeldedaten (veraltet)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>AEM version</source>
        <translation>AEM-Version</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Training sandbox (not a real Adobe IMS)</source>
        <translation>Trainings-Sandbox (kein echtes Adobe IMS)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Technical account ID</source>
        <translation>ID des technischen Kontos</translation>
    </message>
    <message>
        <source>Technical account email</source>
        <translation>E-Mail des technischen Kontos</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Autorisierungsserver</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token-Endpunkt</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Metascopes</source>
        <translation>Metascopes</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>In the OS keychain (not shown)</source>
        <translation>Im Schlüsselbund des Betriebssystems (nicht angezeigt)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>%1 (alias %2)</source>
        <translation>%1 (Alias %2)</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Rollback copy kept after the migration to OAuth</source>
        <translation>Rollback-Kopie, aufbewahrt nach der Migration zu OAuth</translation>
    </message>
    <message>
        <source>Migrated from JWT on %1</source>
        <translation>Am %1 von JWT migriert</translation>
    </message>
    <message>
        <source>Legacy cloud service: %1</source>
        <translation>Veralteter Cloud-Service: %1</translation>
    </message>
    <message>
        <source>Cloud service: %1</source>
        <translation>Cloud-Service: %1</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Zustandsprüfungen</translation>
    </message>
    <message>
        <source>Never checked.</source>
        <translation>Nie geprüft.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Token retrieved (valid for %n hour(s))</source>
        <translation>
            <numerusform>Token erhalten (gültig für %n Stunde)</numerusform>
            <numerusform>Token erhalten (gültig für %n Stunden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Token retrieved (valid for %n minute(s))</source>
        <translation>
            <numerusform>Token erhalten (gültig für %n Minute)</numerusform>
            <numerusform>Token erhalten (gültig für %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>Requests a real access token with these credentials, as AEM&apos;s &quot;Check Health&quot; does.</source>
        <translation>Fordert mit diesen Anmeldedaten ein echtes Zugriffstoken an, wie es „Zustand prüfen“ in AEM tut.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Er&amp;neut prüfen</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Zugriffstoken anzeigen</translation>
    </message>
    <message>
        <source>Decoded access token</source>
        <translation>Dekodiertes Zugriffstoken</translation>
    </message>
    <message>
        <source>Expires in:</source>
        <translation>Läuft ab in:</translation>
    </message>
    <message>
        <source>Scopes granted:</source>
        <translation>Gewährte Scopes:</translation>
    </message>
    <message>
        <source>Clocks:</source>
        <translation>Uhren:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Requesting an access token from %1…</source>
        <translation>Zugriffstoken wird bei %1 angefordert…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Use &quot;Check again&quot; to retry.</source>
        <translation>Mit „Erneut prüfen“ versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>In step with the server.</source>
        <translation>Synchron mit dem Server.</translation>
    </message>
    <message>
        <source>The server sent no time.</source>
        <translation>Der Server hat keine Uhrzeit gesendet.</translation>
    </message>
    <message>
        <source>Token retrieved successfully</source>
        <translation>Token erfolgreich abgerufen</translation>
    </message>
    <message>
        <source>The training sandbox issued an access token. Continue to save the configuration.</source>
        <translation>Die Trainings-Sandbox hat ein Zugriffstoken ausgestellt. Fahren Sie fort, um die Konfiguration zu speichern.</translation>
    </message>
    <message>
        <source>Adobe IMS issued an access token. Continue to save the configuration.</source>
        <translation>Adobe IMS hat ein Zugriffstoken ausgestellt. Fahren Sie fort, um die Konfiguration zu speichern.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (um %2)</translation>
    </message>
    <message>
        <source>(not listed in the token)</source>
        <translation>(nicht im Token aufgeführt)</translation>
    </message>
    <message>
        <source>The access token is not a JWT; nothing to decode.</source>
        <translation>Das Zugriffstoken ist kein JWT; es gibt nichts zu dekodieren.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a duration: hours, then minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Proxy and corporate TLS settings</source>
        <translation>Proxy- und Firmen-TLS-Einstellungen</translation>
    </message>
    <message>
        <source>Dec&amp;oded token:</source>
        <translation>Dek&amp;odiertes Token:</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Dekodiertes Token</translation>
    </message>
    <message>
        <source>%1: %2 What to do: %3</source>
        <translation>%1: %2 Was zu tun ist: %3</translation>
    </message>
    <message>
        <source>Net&amp;work…</source>
        <translation>Netz&amp;werk…</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Name at least one FILE (or folder) to import.</source>
        <translation>Nennen Sie mindestens eine DATEI (oder einen Ordner) zum Importieren.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Datei oder Ordner nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message numerus="yes">
        <source>--%1 needs exactly one configuration, but the files hold %n.</source>
        <translation>
            <numerusform>--%1 braucht genau eine Konfiguration, aber die Dateien enthalten %n.</numerusform>
            <numerusform>--%1 braucht genau eine Konfiguration, aber die Dateien enthalten %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>Unknown cloud solution &quot;%1&quot;. Known: %2.</source>
        <translation>Unbekannte Cloud-Lösung „%1“. Bekannt: %2.</translation>
    </message>
    <message>
        <source>A client secret was given, but every configuration found has one.</source>
        <translation>Ein Client-Geheimnis wurde angegeben, aber jede gefundene Konfiguration hat bereits eines.</translation>
    </message>
    <message numerus="yes">
        <source>A client secret was given, but %n configurations need one: import them one at a time.</source>
        <translation>
            <numerusform>Ein Client-Geheimnis wurde angegeben, aber %n Konfiguration braucht eines: Importieren Sie sie einzeln.</numerusform>
            <numerusform>Ein Client-Geheimnis wurde angegeben, aber %n Konfigurationen brauchen eines: Importieren Sie sie einzeln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n configuration(s).</source>
        <translation>
            <numerusform>%n Konfiguration gefunden.</numerusform>
            <numerusform>%n Konfigurationen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Aus: %1</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Organization ID: %1</source>
        <translation>Organisations-ID: %1</translation>
    </message>
    <message>
        <source>Client secret: given on stdin or in the environment</source>
        <translation>Client-Geheimnis: über stdin oder die Umgebung angegeben</translation>
    </message>
    <message>
        <source>Client secret: in the file (goes to the keychain)</source>
        <translation>Client-Geheimnis: in der Datei (kommt in den Schlüsselbund)</translation>
    </message>
    <message>
        <source>Client secret: only the placeholder %1; give the value with --secret-stdin or --secret-env VAR</source>
        <translation>Client-Geheimnis: nur der Platzhalter %1; geben Sie den Wert mit --secret-stdin oder --secret-env VAR an</translation>
    </message>
    <message>
        <source>Client secret: none; give it with --secret-stdin or --secret-env VAR</source>
        <translation>Client-Geheimnis: keines; geben Sie es mit --secret-stdin oder --secret-env VAR an</translation>
    </message>
    <message>
        <source>Private key: not in the file (it stays in AEM&apos;s keystore); migrate the configuration to OAuth to check it</source>
        <translation>Privater Schlüssel: nicht in der Datei (er bleibt im Keystore von AEM); migrieren Sie die Konfiguration zu OAuth, um sie zu prüfen</translation>
    </message>
    <message>
        <source>Private key: in the file (goes to the keychain)</source>
        <translation>Privater Schlüssel: in der Datei (kommt in den Schlüsselbund)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <source>Complete (dry run: not saved).</source>
        <translation>Vollständig (Probelauf: nicht gespeichert).</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>Vollständig.</translation>
    </message>
    <message>
        <source>Not saved: incomplete.</source>
        <translation>Nicht gespeichert: unvollständig.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;:</source>
        <translation>„%1“ konnte nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as %2.</source>
        <translation>„%1“ als %2 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %1 of %n configuration(s) complete, nothing saved.</source>
        <translation>
            <numerusform>Probelauf: %1 von %n Konfiguration vollständig, nichts gespeichert.</numerusform>
            <numerusform>Probelauf: %1 von %n Konfigurationen vollständig, nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 of %n configuration(s).</source>
        <translation>
            <numerusform>%1 von %n Konfiguration gespeichert.</numerusform>
            <numerusform>%1 von %n Konfigurationen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import configurations from files.</source>
        <translation>Konfigurationen aus Dateien importieren.</translation>
    </message>
    <message>
        <source>Reads AEM OSGi configurations (.cfg.json, .config, content packages), aio CLI contexts, Adobe Developer Console downloads, AEM as a Cloud Service service credentials and JWT payloads (files or folders), shows what each configuration holds and what is missing, and saves the complete ones: secrets to the keychain, the rest to the configuration file. A configuration whose file has only a placeholder such as $[secret:NAME] (or no secret) is saved only with --secret-stdin or --secret-env. Exit code 0 when every configuration found was saved.</source>
        <translation>Liest OSGi-Konfigurationen von AEM (.cfg.json, .config, Inhaltspakete), aio-CLI-Kontexte, Downloads aus der Adobe Developer Console, Dienst-Anmeldedaten von AEM as a Cloud Service und JWT-Payloads (Dateien oder Ordner), zeigt, was jede Konfiguration enthält und was fehlt, und speichert die vollständigen: Geheimnisse in den Schlüsselbund, den Rest in die Konfigurationsdatei. Eine Konfiguration, deren Datei nur einen Platzhalter wie $[secret:NAME] (oder kein Geheimnis) enthält, wird nur mit --secret-stdin oder --secret-env gespeichert. Exit-Code 0, wenn jede gefundene Konfiguration gespeichert wurde.</translation>
    </message>
    <message>
        <source>Show what would be imported; save nothing.</source>
        <translation>Anzeigen, was importiert würde; nichts speichern.</translation>
    </message>
    <message>
        <source>Read the client secret from stdin (for the one configuration that needs it).</source>
        <translation>Client-Geheimnis von stdin lesen (für die eine Konfiguration, die es braucht).</translation>
    </message>
    <message>
        <source>Read the client secret from the environment variable &lt;var&gt;.</source>
        <translation>Client-Geheimnis aus der Umgebungsvariablen &lt;var&gt; lesen.</translation>
    </message>
    <message>
        <source>Set the authorization server to &lt;url&gt; (Developer Console downloads do not name one; default https://ims-na1.adobelogin.com).</source>
        <translation>Autorisierungsserver auf &lt;url&gt; setzen (Downloads aus der Developer Console nennen keinen; Standard https://ims-na1.adobelogin.com).</translation>
    </message>
    <message>
        <source>Mark the configurations as made for the training sandbox (checked against whichever sandbox runs).</source>
        <translation>Die Konfigurationen als für die Trainings-Sandbox erstellt markieren (geprüft gegen die jeweils laufende Sandbox).</translation>
    </message>
    <message>
        <source>Title of the configuration (one configuration only).</source>
        <translation>Titel der Konfiguration (nur bei einer Konfiguration).</translation>
    </message>
    <message>
        <source>Cloud solution id, e.g. target (one configuration only).</source>
        <translation>ID der Cloud-Lösung, z. B. target (nur bei einer Konfiguration).</translation>
    </message>
    <message>
        <source>Server: %1 (training sandbox)</source>
        <translation>Server: %1 (Trainings-Sandbox)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import configurations</source>
        <translation>Konfigurationen importieren</translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Import. Secrets go to the keychain, never to a file.</source>
        <translation>Nichts wird gespeichert, bevor Sie „Importieren“ wählen. Geheimnisse kommen in den Schlüsselbund, nie in eine Datei.</translation>
    </message>
    <message>
        <source>Configurations found</source>
        <translation>Gefundene Konfigurationen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Cloud-Lösung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client secret for the selected configuration</source>
        <translation>Client-Geheimnis für die ausgewählte Konfiguration</translation>
    </message>
    <message>
        <source>when the file has a $[secret:…] placeholder or none</source>
        <translation>wenn die Datei einen $[secret:…]-Platzhalter oder keinen enthält</translation>
    </message>
    <message>
        <source>Client &amp;secret for the selected row:</source>
        <translation>Client-&amp;Geheimnis für die ausgewählte Zeile:</translation>
    </message>
    <message>
        <source>Use them with the &amp;training sandbox (for demonstrations)</source>
        <translation>Mit der &amp;Trainings-Sandbox verwenden (für Vorführungen)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT-Anmeldedaten (veraltet)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message numerus="yes">
        <source>Found %n configuration(s).</source>
        <translation>
            <numerusform>%n Konfiguration gefunden.</numerusform>
            <numerusform>%n Konfigurationen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Ready — without its private key: migrate it to OAuth to check it</source>
        <translation>Bereit – ohne privaten Schlüssel: zu OAuth migrieren, um sie zu prüfen</translation>
    </message>
    <message>
        <source>Ready (secret entered for %1)</source>
        <translation>Bereit (Geheimnis für %1 eingegeben)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <source>Choose at least one complete configuration to import.</source>
        <translation>Wählen Sie mindestens eine vollständige Konfiguration zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n configuration(s).</source>
        <translation>
            <numerusform>%n Konfiguration importiert.</numerusform>
            <numerusform>%n Konfigurationen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at &quot;%1&quot;: %2</source>
        <translation>Angehalten bei „%1“: %2</translation>
    </message>
</context>
<context>
    <name>ImsWizard</name>
    <message>
        <source>New IMS configuration — Training sandbox</source>
        <translation>Neue IMS-Konfiguration – Trainings-Sandbox</translation>
    </message>
    <message>
        <source>New IMS configuration</source>
        <translation>Neue IMS-Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training sandbox&lt;/b&gt; — a local practice IMS; no real Adobe credentials are used or needed.</source>
        <translation>&lt;b&gt;Trainings-Sandbox&lt;/b&gt; – ein lokales Übungs-IMS; echte Adobe-Anmeldedaten werden weder verwendet noch benötigt.</translation>
    </message>
    <message>
        <source>Adobe &amp;documentation</source>
        <translation>Adobe-&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Opens Adobe&apos;s documentation for this step in the browser</source>
        <translation>Öffnet die Adobe-Dokumentation zu diesem Schritt im Browser</translation>
    </message>
    <message>
        <source>Training sandbox</source>
        <translation>Trainings-Sandbox</translation>
    </message>
    <message>
        <source>Only the training sandbox can be changed from here; use the Admin Console.</source>
        <translation>Nur die Trainings-Sandbox kann von hier aus geändert werden; verwenden Sie die Admin Console.</translation>
    </message>
    <message>
        <source>The technical account now has the Target role Editor (training sandbox).</source>
        <translation>Das technische Konto hat jetzt die Target-Rolle Editor (Trainings-Sandbox).</translation>
    </message>
    <message>
        <source>The training sandbox did not change the role (HTTP status %1).</source>
        <translation>Die Trainings-Sandbox hat die Rolle nicht geändert (HTTP-Status %1).</translation>
    </message>
</context>
<context>
    <name>JwtCredentialsPage</name>
    <message>
        <source>JWT credentials</source>
        <translation>JWT-Anmeldedaten</translation>
    </message>
    <message>
        <source>The fields of AEM&apos;s JWT form, from the credential in the Developer Console. Paste the JSON of its &quot;Generate JWT&quot; tab as the payload.</source>
        <translation>Die Felder des JWT-Formulars von AEM, aus den Anmeldedaten in der Developer Console. Fügen Sie das JSON aus dem Tab „Generate JWT“ als Payload ein.</translation>
    </message>
    <message>
        <source>An AEM as a Cloud Service service credential, a Developer Console JWT credential, or the payload</source>
        <translation>Dienst-Anmeldedaten von AEM as a Cloud Service, JWT-Anmeldedaten aus der Developer Console oder die Payload</translation>
    </message>
    <message>
        <source>Fill with sandbox &amp;sample</source>
        <translation>Mit Sandbox-&amp;Beispiel ausfüllen</translation>
    </message>
    <message>
        <source>Authori&amp;zation server:</source>
        <translation>Autori&amp;sierungsserver:</translation>
    </message>
    <message>
        <source>API &amp;key (client ID):</source>
        <translation>API-S&amp;chlüssel (Client ID):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>Pa&amp;yload:</translation>
    </message>
    <message>
        <source>The payload is not a JWT payload.</source>
        <translation>Die Payload ist keine JWT-Payload.</translation>
    </message>
    <message>
        <source>The payload&apos;s aud names the client %1, but the API key is %2.</source>
        <translation>aud in der Payload nennt den Client %1, der API-Schlüssel ist aber %2.</translation>
    </message>
    <message>
        <source>The payload&apos;s aud names the server %1, but the authorization server is %2.</source>
        <translation>aud in der Payload nennt den Server %1, der Autorisierungsserver ist aber %2.</translation>
    </message>
    <message>
        <source>Organization: %1
Technical account: %2
Metascopes: %3</source>
        <translation>Organisation: %1
Technisches Konto: %2
Metascopes: %3</translation>
    </message>
    <message>
        <source>(from the payload)</source>
        <translation>(aus der Payload)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Noch erforderlich: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Die Zwischenablage ist leer.</translation>
    </message>
    <message>
        <source>Pasted the payload.</source>
        <translation>Payload eingefügt.</translation>
    </message>
    <message>
        <source>This is not a JWT credential.</source>
        <translation>Dies sind keine JWT-Anmeldedaten.</translation>
    </message>
    <message>
        <source>This is an OAuth Server-to-Server credential. Go back and choose OAuth for it.</source>
        <translation>Dies sind OAuth Server-to-Server-Anmeldedaten. Gehen Sie zurück und wählen Sie dafür OAuth.</translation>
    </message>
    <message>
        <source>Filled the form and took the key pair from the service credential.</source>
        <translation>Formular ausgefüllt und Schlüsselpaar aus den Dienst-Anmeldedaten übernommen.</translation>
    </message>
    <message>
        <source>Filled the form from the credential.</source>
        <translation>Formular aus den Anmeldedaten ausgefüllt.</translation>
    </message>
    <message>
        <source>Paste &amp;JSON</source>
        <translation>&amp;JSON einfügen</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>IMS Wizard will use the new language the next time it starts.</source>
        <translation>IMS Wizard verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>cloud solution: none of the listed ones</comment>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list takes no arguments.</source>
        <translation>list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>No configurations in %1.</source>
        <translation>Keine Konfigurationen in %1.</translation>
    </message>
    <message>
        <source>List the saved configurations and their last health check.</source>
        <translation>Die gespeicherten Konfigurationen und ihre letzte Zustandsprüfung auflisten.</translation>
    </message>
    <message>
        <source>Lists the saved configurations: id (first 8 characters), title, authentication, cloud solution, server and the last health check. Rollback copies kept by a migration are marked.</source>
        <translation>Listet die gespeicherten Konfigurationen auf: ID (erste 8 Zeichen), Titel, Authentifizierung, Cloud-Lösung, Server und die letzte Zustandsprüfung. Von einer Migration aufbewahrte Rollback-Kopien sind gekennzeichnet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IMS Wizard — Adobe IMS configurations</source>
        <translation>IMS Wizard – Adobe IMS-Konfigurationen</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <source>&amp;New configuration…</source>
        <translation>&amp;Neue Konfiguration…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Check health</source>
        <translation>&amp;Zustand prüfen</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>&amp;Alle prüfen</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Migrate to OAuth…</source>
        <translation>Zu OAuth &amp;migrieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Roll back migration…</source>
        <translation>Migration zu&amp;rücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>Use the &amp;training sandbox</source>
        <translation>&amp;Trainings-Sandbox verwenden</translation>
    </message>
    <message>
        <source>Search title, solution, server, client ID…</source>
        <translation>Titel, Lösung, Server, Client ID suchen…</translation>
    </message>
    <message>
        <source>Search configurations</source>
        <translation>Konfigurationen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All configurations</source>
        <translation>Alle Konfigurationen</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>JWT (to migrate)</source>
        <translation>JWT (zu migrieren)</translation>
    </message>
    <message>
        <source>Failing health check</source>
        <translation>Fehlgeschlagene Zustandsprüfung</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>IMS configurations</source>
        <translation>IMS-Konfigurationen</translation>
    </message>
    <message>
        <source>No IMS configurations yet. Choose &quot;New configuration&quot; (Ctrl+N) or &quot;Import&quot; (Ctrl+O), or drop files here.</source>
        <translation>Noch keine IMS-Konfigurationen. Wählen Sie „Neue Konfiguration“ (Strg+N) oder „Importieren“ (Strg+O), oder ziehen Sie Dateien hierher.</translation>
    </message>
    <message>
        <source>Import configurations</source>
        <translation>Konfigurationen importieren</translation>
    </message>
    <message>
        <source>Configurations (*.json *.cfg.json *.config *.zip);;All files (*)</source>
        <translation>Konfigurationen (*.json *.cfg.json *.config *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Health checks finished.</source>
        <translation>Zustandsprüfungen abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) in %1</source>
        <translation>
            <numerusform>%n Konfiguration in %1</numerusform>
            <numerusform>%n Konfigurationen in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n configuration(s)…</source>
        <translation>
            <numerusform>%n Konfiguration wird geprüft…</numerusform>
            <numerusform>%n Konfigurationen werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>Nicht dupliziert: %1</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its client secret and private key are removed from the keychain too.</source>
        <translation>„%1“ löschen? Client-Geheimnis und privater Schlüssel werden ebenfalls aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n configuration(s)? Their secrets are removed from the keychain too.</source>
        <translation>
            <numerusform>%n Konfiguration löschen? Ihre Geheimnisse werden ebenfalls aus dem Schlüsselbund entfernt.</numerusform>
            <numerusform>%n Konfigurationen löschen? Ihre Geheimnisse werden ebenfalls aus dem Schlüsselbund entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete configurations</source>
        <translation>Konfigurationen löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n configuration(s).</source>
        <translation>
            <numerusform>%n Konfiguration gelöscht.</numerusform>
            <numerusform>%n Konfigurationen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no migration to roll back.</source>
        <translation>Es gibt keine Migration zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>Rolled back: the JWT configuration is in place again.</source>
        <translation>Zurückgesetzt: Die JWT-Konfiguration ist wieder in Kraft.</translation>
    </message>
    <message>
        <source>Roll back migration</source>
        <translation>Migration zurücksetzen</translation>
    </message>
    <message>
        <source>Put the JWT configuration back in place of its OAuth replacement? The OAuth client secret is removed from the keychain.</source>
        <translation>Die JWT-Konfiguration wieder an die Stelle ihres OAuth-Ersatzes setzen? Das OAuth-Client-Geheimnis wird aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n configuration(s).</source>
        <translation>
            <numerusform>%n Konfiguration importiert.</numerusform>
            <numerusform>%n Konfigurationen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training sandbox could not start: %1</source>
        <translation>Die Trainings-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>IMS Wizard — Training sandbox</source>
        <translation>IMS Wizard – Trainings-Sandbox</translation>
    </message>
    <message>
        <source>Training sandbox at %1</source>
        <translation>Trainings-Sandbox unter %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error title: what to do</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 You can practise the whole flow against the built-in training sandbox.</source>
        <comment>%1: why IMS is not used</comment>
        <translation>%1 Sie können den gesamten Ablauf mit der integrierten Trainings-Sandbox üben.</translation>
    </message>
    <message>
        <source>&amp;Handover report…</source>
        <translation>Übergabe&amp;bericht…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>N&amp;etzwerk…</translation>
    </message>
    <message>
        <source>That configuration no longer exists.</source>
        <translation>Diese Konfiguration gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Reloaded: another program (a command-line run, say) changed the configurations.</source>
        <translation>Neu geladen: Ein anderes Programm (etwa ein Befehlszeilenaufruf) hat die Konfigurationen geändert.</translation>
    </message>
    <message>
        <source>IMS Wizard was started again; this window is the one in use for %1.</source>
        <translation>IMS Wizard wurde erneut gestartet; dieses Fenster ist das für %1 verwendete.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Unknown client ID</source>
        <translation>Unbekannte Client ID</translation>
    </message>
    <message>
        <source>Adobe IMS does not know this client ID.</source>
        <translation>Adobe IMS kennt diese Client ID nicht.</translation>
    </message>
    <message>
        <source>Copy the client ID again from the credential in the Adobe Developer Console, and check that the authorization server matches the credential&apos;s environment (production or stage).</source>
        <translation>Kopieren Sie die Client ID erneut aus den Anmeldedaten in der Adobe Developer Console, und prüfen Sie, ob der Autorisierungsserver zur Umgebung der Anmeldedaten passt (Produktion oder Stage).</translation>
    </message>
    <message>
        <source>Wrong client secret</source>
        <translation>Falsches Client-Geheimnis</translation>
    </message>
    <message>
        <source>Adobe IMS knows the client ID but rejected the client secret.</source>
        <translation>Adobe IMS kennt die Client ID, hat aber das Client-Geheimnis abgelehnt.</translation>
    </message>
    <message>
        <source>Use &quot;Retrieve client secret&quot; in the Developer Console and paste it again. If the secret was rotated, use the newer one.</source>
        <translation>Verwenden Sie „Client-Geheimnis abrufen“ in der Developer Console und fügen Sie es erneut ein. Wurde das Geheimnis rotiert, verwenden Sie das neuere.</translation>
    </message>
    <message>
        <source>Client rejected</source>
        <translation>Client abgelehnt</translation>
    </message>
    <message>
        <source>Adobe IMS rejected the client credentials.</source>
        <translation>Adobe IMS hat die Client-Anmeldedaten abgelehnt.</translation>
    </message>
    <message>
        <source>Check the client ID and secret in the Developer Console, and that the credential has the API this configuration is for.</source>
        <translation>Prüfen Sie Client ID und Geheimnis in der Developer Console und ob die Anmeldedaten die API haben, für die diese Konfiguration gedacht ist.</translation>
    </message>
    <message>
        <source>Scope not granted</source>
        <translation>Scope nicht gewährt</translation>
    </message>
    <message>
        <source>One or more requested scopes are not granted to this credential.</source>
        <translation>Ein oder mehrere angeforderte Scopes sind diesen Anmeldedaten nicht gewährt.</translation>
    </message>
    <message>
        <source>Copy the scopes exactly as the Developer Console lists them for the credential, or add the missing API or product profile to the project.</source>
        <translation>Kopieren Sie die Scopes genau so, wie die Developer Console sie für die Anmeldedaten auflistet, oder fügen Sie dem Projekt die fehlende API oder das fehlende Produktprofil hinzu.</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>Adobe IMS could not accept the signed JWT: it is malformed or has expired.</source>
        <translation>Adobe IMS konnte das signierte JWT nicht annehmen: Es ist fehlerhaft oder abgelaufen.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s clock is correct, then try again.</source>
        <translation>Prüfen Sie, ob die Uhr dieses Computers richtig geht, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Private key does not match</source>
        <translation>Privater Schlüssel passt nicht</translation>
    </message>
    <message>
        <source>The JWT was signed with a private key whose certificate is not uploaded to this credential.</source>
        <translation>Das JWT wurde mit einem privaten Schlüssel signiert, dessen Zertifikat nicht zu diesen Anmeldedaten hochgeladen ist.</translation>
    </message>
    <message>
        <source>Upload this configuration&apos;s public certificate to the credential in the Developer Console, or use the private key that belongs to the uploaded certificate.</source>
        <translation>Laden Sie das öffentliche Zertifikat dieser Konfiguration in der Developer Console zu den Anmeldedaten hoch, oder verwenden Sie den privaten Schlüssel, der zum hochgeladenen Zertifikat gehört.</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Ungültige Signatur</translation>
    </message>
    <message>
        <source>Adobe IMS could not verify the JWT&apos;s signature.</source>
        <translation>Adobe IMS konnte die Signatur des JWT nicht überprüfen.</translation>
    </message>
    <message>
        <source>Use the private key that belongs to the certificate uploaded to the credential.</source>
        <translation>Verwenden Sie den privaten Schlüssel, der zu dem Zertifikat gehört, das zu den Anmeldedaten hochgeladen wurde.</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Adobe IMS rejected the request as malformed.</source>
        <translation>Adobe IMS hat die Anfrage als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>Check the organization ID and technical account ID: they must be copied exactly from the Developer Console.</source>
        <translation>Prüfen Sie Organisations-ID und ID des technischen Kontos: Sie müssen genau aus der Developer Console kopiert sein.</translation>
    </message>
    <message>
        <source>Adobe IMS error</source>
        <translation>Adobe IMS-Fehler</translation>
    </message>
    <message>
        <source>Adobe IMS answered with an internal error.</source>
        <translation>Adobe IMS hat mit einem internen Fehler geantwortet.</translation>
    </message>
    <message>
        <source>Try again later. For a JWT credential this also means it was already converted to OAuth: migrate the configuration.</source>
        <translation>Versuchen Sie es später erneut. Bei JWT-Anmeldedaten bedeutet dies auch, dass sie bereits zu OAuth umgewandelt wurden: Migrieren Sie die Konfiguration.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>Adobe IMS is throttling this client: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Adobe IMS drosselt diesen Client: Warten Sie %n Sekunde, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>Adobe IMS drosselt diesen Client: Warten Sie %n Sekunden, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adobe IMS is throttling this client.</source>
        <translation>Adobe IMS drosselt diesen Client.</translation>
    </message>
    <message>
        <source>Wait, then check again. Applications should cache the token until shortly before it expires instead of requesting a new one for each call.</source>
        <translation>Warten Sie und prüfen Sie dann erneut. Anwendungen sollten das Token bis kurz vor seinem Ablauf zwischenspeichern, statt für jeden Aufruf ein neues anzufordern.</translation>
    </message>
    <message>
        <source>Adobe IMS answered with the error &quot;%1&quot;.</source>
        <translation>Adobe IMS hat mit dem Fehler „%1“ geantwortet.</translation>
    </message>
    <message>
        <source>Read the server&apos;s description below and check the credential in the Developer Console.</source>
        <translation>Lesen Sie die Beschreibung des Servers unten und prüfen Sie die Anmeldedaten in der Developer Console.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 and no error description.</source>
        <translation>Der Server hat mit HTTP-Status %1 und ohne Fehlerbeschreibung geantwortet.</translation>
    </message>
    <message>
        <source>Check that the authorization server is Adobe IMS (for example https://ims-na1.adobelogin.com) and that no proxy is answering instead.</source>
        <translation>Prüfen Sie, ob der Autorisierungsserver Adobe IMS ist (zum Beispiel https://ims-na1.adobelogin.com) und nicht stattdessen ein Proxy antwortet.</translation>
    </message>
    <message>
        <source>Incomplete token response</source>
        <translation>Unvollständige Token-Antwort</translation>
    </message>
    <message>
        <source>The server answered successfully but without a usable access token.</source>
        <translation>Der Server hat erfolgreich geantwortet, aber ohne verwendbares Zugriffstoken.</translation>
    </message>
    <message>
        <source>Check that the authorization server is Adobe IMS and not a proxy or another service.</source>
        <translation>Prüfen Sie, ob der Autorisierungsserver Adobe IMS ist und nicht ein Proxy oder ein anderer Dienst.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>The authorization server did not answer in time.</source>
        <translation>Der Autorisierungsserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Proxy-Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified.</source>
        <translation>Das TLS-Zertifikat des Servers konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>If a corporate proxy inspects TLS, add its CA certificate for IMS connections. Never turn verification off.</source>
        <translation>Wenn ein Firmen-Proxy TLS untersucht, fügen Sie sein CA-Zertifikat für IMS-Verbindungen hinzu. Schalten Sie die Überprüfung nie ab.</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <source>The authorization server&apos;s host name could not be resolved.</source>
        <translation>Der Hostname des Autorisierungsservers konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check the authorization server URL and this computer&apos;s DNS and proxy settings. Without a network, use the training sandbox.</source>
        <translation>Prüfen Sie die URL des Autorisierungsservers sowie die DNS- und Proxy-Einstellungen dieses Computers. Ohne Netzwerk verwenden Sie die Trainings-Sandbox.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The authorization server refused the connection.</source>
        <translation>Der Autorisierungsserver hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Check the URL and port, and whether a firewall or proxy blocks the connection.</source>
        <translation>Prüfen Sie URL und Port und ob eine Firewall oder ein Proxy die Verbindung blockiert.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check proxies or firewalls between this computer and Adobe IMS.</source>
        <translation>Versuchen Sie es erneut; wenn es weiterhin auftritt, prüfen Sie Proxys oder Firewalls zwischen diesem Computer und Adobe IMS.</translation>
    </message>
    <message>
        <source>Not an IMS answer</source>
        <translation>Keine IMS-Antwort</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not JSON, so it did not come from Adobe IMS.</source>
        <translation>Die Antwort des Servers ist kein JSON, stammt also nicht von Adobe IMS.</translation>
    </message>
    <message>
        <source>Check the authorization server URL; a proxy or captive portal may be answering instead.</source>
        <translation>Prüfen Sie die URL des Autorisierungsservers; möglicherweise antwortet stattdessen ein Proxy oder ein Captive Portal.</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than any token response and was cut off.</source>
        <translation>Die Antwort des Servers war weit größer als jede Token-Antwort und wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>Check the authorization server URL; this is not Adobe IMS answering.</source>
        <translation>Prüfen Sie die URL des Autorisierungsservers; hier antwortet nicht Adobe IMS.</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>The server redirected the token request elsewhere. It was not followed, so the client secret was not sent again.</source>
        <translation>Der Server hat die Token-Anfrage an eine andere Adresse weitergeleitet. Der Weiterleitung wurde nicht gefolgt, das Client-Geheimnis wurde also nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Use the authorization server&apos;s final address directly.</source>
        <translation>Verwenden Sie direkt die endgültige Adresse des Autorisierungsservers.</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>The request failed on the network.</source>
        <translation>Die Anfrage ist im Netzwerk fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Made by a newer version</source>
        <translation>Mit einer neueren Version erstellt</translation>
    </message>
    <message>
        <source>The configurations file was written by a newer version of IMS Wizard.</source>
        <translation>Die Konfigurationsdatei wurde von einer neueren Version von IMS Wizard geschrieben.</translation>
    </message>
    <message>
        <source>Update IMS Wizard. The file was left unchanged.</source>
        <translation>Aktualisieren Sie IMS Wizard. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Configurations file damaged</source>
        <translation>Konfigurationsdatei beschädigt</translation>
    </message>
    <message>
        <source>The configurations file could not be read.</source>
        <translation>Die Konfigurationsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Restore it from a backup; it was left unchanged.</source>
        <translation>Stellen Sie sie aus einer Sicherung wieder her; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The configurations file could not be written.</source>
        <translation>Die Konfigurationsdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check free disk space and the permissions of the configuration folder.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen des Konfigurationsordners.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <source>Another IMS Wizard window is using the configurations.</source>
        <translation>Ein anderes IMS Wizard-Fenster verwendet die Konfigurationen.</translation>
    </message>
    <message>
        <source>Close the other window, then try again.</source>
        <translation>Schließen Sie das andere Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Secret missing</source>
        <translation>Geheimnis fehlt</translation>
    </message>
    <message>
        <source>The secret for this configuration is not in the keychain.</source>
        <translation>Das Geheimnis dieser Konfiguration ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>No keychain service is available, so the secret cannot be stored safely.</source>
        <translation>Es ist kein Schlüsselbund-Dienst verfügbar, daher kann das Geheimnis nicht sicher gespeichert werden.</translation>
    </message>
    <message>
        <source>Start the desktop&apos;s keychain (GNOME Keyring or KWallet with the Secret Service) and try again. IMS Wizard never stores secrets in plain files.</source>
        <translation>Starten Sie den Schlüsselbund des Desktops (GNOME Keyring oder KWallet mit dem Secret Service) und versuchen Sie es erneut. IMS Wizard speichert Geheimnisse nie in einfachen Dateien.</translation>
    </message>
    <message>
        <source>Keychain locked</source>
        <translation>Schlüsselbund gesperrt</translation>
    </message>
    <message>
        <source>Keychain access denied</source>
        <translation>Zugriff auf den Schlüsselbund verweigert</translation>
    </message>
    <message>
        <source>Keychain error</source>
        <translation>Schlüsselbund-Fehler</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the desktop&apos;s keychain service.</source>
        <translation>Versuchen Sie es erneut; wenn es weiterhin auftritt, prüfen Sie den Schlüsselbund-Dienst des Desktops.</translation>
    </message>
    <message>
        <source>Cryptography error</source>
        <translation>Kryptografiefehler</translation>
    </message>
    <message>
        <source>A key or certificate operation failed.</source>
        <translation>Ein Schlüssel- oder Zertifikatsvorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check that the file is a valid key or certificate and that the passphrase is right.</source>
        <translation>Prüfen Sie, ob die Datei ein gültiger Schlüssel oder ein gültiges Zertifikat ist und ob die Passphrase stimmt.</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Falsche Passphrase</translation>
    </message>
    <message>
        <source>The file is protected and the passphrase does not open it.</source>
        <translation>Die Datei ist geschützt, und die Passphrase öffnet sie nicht.</translation>
    </message>
    <message>
        <source>Enter the passphrase or keystore password it was exported with.</source>
        <translation>Geben Sie die Passphrase oder das Keystore-Passwort ein, mit dem sie exportiert wurde.</translation>
    </message>
    <message>
        <source>Key and certificate do not belong together</source>
        <translation>Schlüssel und Zertifikat gehören nicht zusammen</translation>
    </message>
    <message>
        <source>The private key is not the one the certificate was made for.</source>
        <translation>Der private Schlüssel ist nicht der, für den das Zertifikat erstellt wurde.</translation>
    </message>
    <message>
        <source>Choose the private key that was generated with this certificate (for the Developer Console&apos;s config.zip: private.key with certificate_pub.crt).</source>
        <translation>Wählen Sie den privaten Schlüssel, der mit diesem Zertifikat erzeugt wurde (bei der config.zip der Developer Console: private.key mit certificate_pub.crt).</translation>
    </message>
    <message>
        <source>Unsupported key</source>
        <translation>Nicht unterstützter Schlüssel</translation>
    </message>
    <message>
        <source>Adobe IMS needs an RSA key of at least 2048 bits.</source>
        <translation>Adobe IMS braucht einen RSA-Schlüssel mit mindestens 2048 Bit.</translation>
    </message>
    <message>
        <source>Create a new certificate here, or generate an RSA 2048 key pair.</source>
        <translation>Erstellen Sie hier ein neues Zertifikat, oder erzeugen Sie ein RSA-2048-Schlüsselpaar.</translation>
    </message>
    <message>
        <source>JWT credentials reached end of life</source>
        <translation>JWT-Anmeldedaten haben ihr Lebensende erreicht</translation>
    </message>
    <message>
        <source>Adobe stopped JWT (Service Account) credentials on 30 June 2025; new ones cannot be created against Adobe IMS.</source>
        <translation>Adobe hat JWT-Anmeldedaten (Service Account) am 30. Juni 2025 eingestellt; neue können gegenüber Adobe IMS nicht mehr erstellt werden.</translation>
    </message>
    <message>
        <source>Create an OAuth Server-to-Server configuration instead. To practise the legacy flow, use the training sandbox.</source>
        <translation>Erstellen Sie stattdessen eine OAuth Server-to-Server-Konfiguration. Um den alten Ablauf zu üben, verwenden Sie die Trainings-Sandbox.</translation>
    </message>
    <message>
        <source>Unreadable input</source>
        <translation>Eingabe nicht lesbar</translation>
    </message>
    <message>
        <source>The input could not be read.</source>
        <translation>Die Eingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that it is the file or text the Developer Console gave you.</source>
        <translation>Prüfen Sie, ob es die Datei oder der Text ist, den Ihnen die Developer Console gegeben hat.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>IMS error: %1</source>
        <translation>IMS-Fehler: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Cloud-Lösung</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Autorisierungsserver</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Technical account ID</source>
        <translation>ID des technischen Kontos</translation>
    </message>
    <message>
        <source>Technical account email</source>
        <translation>E-Mail des technischen Kontos</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Metascopes</source>
        <translation>Metascopes</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must use https:// (plain http:// is allowed only for this computer).</source>
        <translation>%1 muss https:// verwenden (einfaches http:// ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>%1 must be the server only, without &quot;%2&quot;.</source>
        <translation>%1 darf nur den Server enthalten, ohne „%2“.</translation>
    </message>
    <message>
        <source>%1 must end with @AdobeOrg.</source>
        <translation>%1 muss auf @AdobeOrg enden.</translation>
    </message>
    <message>
        <source>%1 must end with @techacct.adobe.com.</source>
        <translation>%1 muss auf @techacct.adobe.com enden.</translation>
    </message>
    <message>
        <source>%1 may contain only letters, digits, dots, dashes and underscores (3 to 128).</source>
        <translation>%1 darf nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten (3 bis 128).</translation>
    </message>
    <message>
        <source>%1 must not contain spaces.</source>
        <translation>%1 darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; contains characters scopes never have.</source>
        <translation>Der Scope „%1“ enthält Zeichen, die in Scopes nie vorkommen.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is listed twice.</source>
        <translation>Der Scope „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Choose a cloud solution from the list.</source>
        <translation>Wählen Sie eine Cloud-Lösung aus der Liste.</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation>Dies ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>This JSON is not a Developer Console project or credential download.</source>
        <translation>Dieses JSON ist kein Projekt- oder Anmeldedaten-Download aus der Developer Console.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; has the wrong type.</source>
        <translation>Der Wert von „%1“ hat den falschen Typ.</translation>
    </message>
    <message>
        <source>The file contains no OAuth Server-to-Server credential.</source>
        <translation>Die Datei enthält keine OAuth Server-to-Server-Anmeldedaten.</translation>
    </message>
    <message>
        <source>The file contains a JWT (Service Account) credential, which reached end of life. Add an OAuth Server-to-Server credential in the Developer Console and download again.</source>
        <translation>Die Datei enthält JWT-Anmeldedaten (Service Account), die ihr Lebensende erreicht haben. Fügen Sie in der Developer Console OAuth Server-to-Server-Anmeldedaten hinzu und laden Sie erneut herunter.</translation>
    </message>
    <message>
        <source>JWT credentials reached end of life on 30 June 2025: new ones work only in the training sandbox. Choose OAuth Server-to-Server.</source>
        <translation>JWT-Anmeldedaten haben am 30. Juni 2025 ihr Lebensende erreicht: Neue funktionieren nur in der Trainings-Sandbox. Wählen Sie OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>%1 has expired. Create a new certificate.</source>
        <translation>%1 ist abgelaufen. Erstellen Sie ein neues Zertifikat.</translation>
    </message>
    <message>
        <source>Enter the client secret again: Properties → &quot;Enter the client secret again…&quot;, or ims-wizard set-secret NAME --secret-stdin. The configuration is kept, marked &quot;secret missing&quot;.</source>
        <translation>Geben Sie das Client-Geheimnis erneut ein: Eigenschaften → „Client-Geheimnis erneut eingeben…“ oder ims-wizard set-secret NAME --secret-stdin. Die Konfiguration bleibt erhalten und ist als „Geheimnis fehlt“ markiert.</translation>
    </message>
    <message>
        <source>The keychain is locked, so the secret can be neither read nor stored. Nothing was saved without it.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher kann das Geheimnis weder gelesen noch gespeichert werden. Ohne es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Unlock the keychain (for example the &quot;Login&quot; keyring in Passwords and Keys), then try again.</source>
        <translation>Entsperren Sie den Schlüsselbund (zum Beispiel den Schlüsselbund „Anmeldung“ in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain refused access, so the secret can be neither read nor stored. Nothing was saved without it.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert, daher kann das Geheimnis weder gelesen noch gespeichert werden. Ohne es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Allow IMS Wizard to use the keychain (answer the keychain&apos;s prompt, or check its access settings), then try again.</source>
        <translation>Erlauben Sie IMS Wizard, den Schlüsselbund zu verwenden (beantworten Sie seine Abfrage oder prüfen Sie seine Zugriffseinstellungen), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Certificate for another server</source>
        <translation>Zertifikat für einen anderen Server</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was made for a different host name than the authorization server URL, so the connection was not made and no secret was sent.</source>
        <translation>Das TLS-Zertifikat des Servers wurde für einen anderen Hostnamen ausgestellt als den der URL des Autorisierungsservers; die Verbindung wurde daher nicht aufgebaut und kein Geheimnis gesendet.</translation>
    </message>
    <message>
        <source>Check the authorization server URL for typos (for example ims-na1.adobelogin.com), and whether a proxy or DNS entry sends the request to another server.</source>
        <translation>Prüfen Sie die URL des Autorisierungsservers auf Tippfehler (zum Beispiel ims-na1.adobelogin.com) und ob ein Proxy oder DNS-Eintrag die Anfrage an einen anderen Server leitet.</translation>
    </message>
    <message>
        <source>Server certificate expired</source>
        <translation>Serverzertifikat abgelaufen</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is outside its validity period, so the connection was not made and no secret was sent.</source>
        <translation>Das TLS-Zertifikat des Servers liegt außerhalb seines Gültigkeitszeitraums; die Verbindung wurde daher nicht aufgebaut und kein Geheimnis gesendet.</translation>
    </message>
    <message>
        <source>First check this computer&apos;s date and time. If they are right, the server (or a proxy in between) presents an expired certificate: tell its operator.</source>
        <translation>Prüfen Sie zuerst Datum und Uhrzeit dieses Computers. Stimmen sie, legt der Server (oder ein Proxy dazwischen) ein abgelaufenes Zertifikat vor: Informieren Sie dessen Betreiber.</translation>
    </message>
    <message>
        <source>Answer interrupted</source>
        <translation>Antwort unterbrochen</translation>
    </message>
    <message>
        <source>The server started to answer, but the connection broke before the answer was complete. Nothing was saved.</source>
        <translation>Der Server hat zu antworten begonnen, aber die Verbindung brach ab, bevor die Antwort vollständig war. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Check again. If it keeps happening, an unstable network, a VPN or a proxy is cutting the connection.</source>
        <translation>Prüfen Sie erneut. Wenn es immer wieder passiert, unterbricht ein instabiles Netzwerk, ein VPN oder ein Proxy die Verbindung.</translation>
    </message>
    <message>
        <source>Answer too slow</source>
        <translation>Antwort zu langsam</translation>
    </message>
    <message>
        <source>The server started to answer but sent it so slowly that it did not complete in time. Nothing was saved.</source>
        <translation>Der Server hat zu antworten begonnen, sendete aber so langsam, dass die Antwort nicht rechtzeitig fertig wurde. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Check again later. A congested network, a throttling proxy or an overloaded server can cause this.</source>
        <translation>Prüfen Sie später erneut. Ein überlastetes Netzwerk, ein drosselnder Proxy oder ein überlasteter Server können die Ursache sein.</translation>
    </message>
    <message>
        <source>Malformed token request</source>
        <translation>Fehlerhafte Token-Anfrage</translation>
    </message>
    <message>
        <source>Adobe IMS could not read the token request (invalid_request): a parameter is missing or malformed.</source>
        <translation>Adobe IMS konnte die Token-Anfrage nicht lesen (invalid_request): Ein Parameter fehlt oder ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Check that the authorization server is the IMS base URL only, and that no proxy rewrites the request body.</source>
        <translation>Prüfen Sie, ob der Autorisierungsserver nur die IMS-Basis-URL ist und kein Proxy den Anfragetext umschreibt.</translation>
    </message>
    <message>
        <source>Grant type not supported</source>
        <translation>Grant-Typ nicht unterstützt</translation>
    </message>
    <message>
        <source>Adobe IMS does not accept this grant type for the credential (unsupported_grant_type).</source>
        <translation>Adobe IMS akzeptiert diesen Grant-Typ für die Anmeldedaten nicht (unsupported_grant_type).</translation>
    </message>
    <message>
        <source>Use an OAuth Server-to-Server credential (client_credentials) from the Developer Console, not a user-login (OAuth Web App or Single-Page App) credential.</source>
        <translation>Verwenden Sie OAuth Server-to-Server-Anmeldedaten (client_credentials) aus der Developer Console, keine Anmeldedaten für Benutzeranmeldung (OAuth Web App oder Single-Page App).</translation>
    </message>
    <message>
        <source>Clock out of step</source>
        <translation>Uhr geht falsch</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) behind the server&apos;s (from the server&apos;s Date header).</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Sekunde hinter der des Servers (laut dem Date-Header des Servers).</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Sekunden hinter der des Servers (laut dem Date-Header des Servers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) ahead of the server&apos;s (from the server&apos;s Date header).</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht %n Sekunde vor der des Servers (laut dem Date-Header des Servers).</numerusform>
            <numerusform>Die Uhr dieses Computers geht %n Sekunden vor der des Servers (laut dem Date-Header des Servers).</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on automatic time (NTP) for this computer. OAuth tokens still work, but their expiry times look shifted, and JWT credentials are rejected beyond about 30 seconds.</source>
        <translation>Schalten Sie die automatische Zeiteinstellung (NTP) für diesen Computer ein. OAuth-Tokens funktionieren weiterhin, aber ihre Ablaufzeiten erscheinen verschoben, und JWT-Anmeldedaten werden ab etwa 30 Sekunden abgelehnt.</translation>
    </message>
    <message>
        <source>Proxy sign-in failed</source>
        <translation>Anmeldung am Proxy fehlgeschlagen</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password, and none were set or it rejected them. The same password is not sent again, so the proxy account is not locked.</source>
        <translation>Der Proxy verlangt Benutzername und Passwort, und es war keines gesetzt oder er hat es abgelehnt. Dasselbe Passwort wird nicht erneut gesendet, damit das Proxy-Konto nicht gesperrt wird.</translation>
    </message>
    <message>
        <source>Open Network settings and enter the proxy user name and password again (ask your network administrator which account to use).</source>
        <translation>Öffnen Sie die Netzwerkeinstellungen und geben Sie Benutzername und Passwort des Proxys erneut ein (fragen Sie Ihre Netzwerkadministration, welches Konto zu verwenden ist).</translation>
    </message>
    <message>
        <source>Proxy not reachable</source>
        <translation>Proxy nicht erreichbar</translation>
    </message>
    <message>
        <source>The proxy could not be reached, or it refused the connection.</source>
        <translation>Der Proxy war nicht erreichbar oder hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Check the proxy host and port in Network settings, or choose &quot;System proxy&quot; or &quot;No proxy&quot; there.</source>
        <translation>Prüfen Sie Host und Port des Proxys in den Netzwerkeinstellungen, oder wählen Sie dort „System-Proxy“ oder „Kein Proxy“.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The server presented a certificate chain that this computer does not trust, so no secret was sent. A corporate proxy that inspects TLS is the usual cause: the certificates below show who signed it.</source>
        <translation>Der Server hat eine Zertifikatskette vorgelegt, der dieser Computer nicht vertraut; daher wurde kein Geheimnis gesendet. Meist ist ein Firmen-Proxy die Ursache, der TLS untersucht: Die Zertifikate unten zeigen, wer sie signiert hat.</translation>
    </message>
    <message>
        <source>If the issuer is your company&apos;s proxy, ask for its CA certificate and add it in Network settings (it is trusted for IMS connections only). Otherwise do not continue: someone may be intercepting the connection. Verification is never turned off.</source>
        <translation>Wenn der Aussteller der Proxy Ihrer Firma ist, fragen Sie nach seinem CA-Zertifikat und fügen Sie es in den Netzwerkeinstellungen hinzu (ihm wird nur für IMS-Verbindungen vertraut). Andernfalls fahren Sie nicht fort: Möglicherweise fängt jemand die Verbindung ab. Die Überprüfung wird nie abgeschaltet.</translation>
    </message>
    <message>
        <source>Certificates presented (first is the server&apos;s):</source>
        <translation>Vorgelegte Zertifikate (das erste ist das des Servers):</translation>
    </message>
    <message>
        <source>%1. Subject: %2</source>
        <translation>%1. Antragsteller: %2</translation>
    </message>
    <message>
        <source>   Issuer: %1</source>
        <translation>   Aussteller: %1</translation>
    </message>
    <message>
        <source>   SHA-256: %1</source>
        <translation>   SHA-256: %1</translation>
    </message>
    <message>
        <source>   Valid: %1 to %2</source>
        <translation>   Gültig: %1 bis %2</translation>
    </message>
    <message>
        <source>Target refused: product role</source>
        <translation>Target hat abgelehnt: Produktrolle</translation>
    </message>
    <message>
        <source>Adobe Target accepted the token but refused the request: the credential&apos;s technical account has the Target product role Observer (or none), which may only read.</source>
        <translation>Adobe Target hat das Token angenommen, aber die Anfrage abgelehnt: Das technische Konto der Anmeldedaten hat die Target-Produktrolle Observer (oder keine), die nur lesen darf.</translation>
    </message>
    <message>
        <source>In the Admin Console, open Adobe Target, the product profile of this credential, and give the technical account (API credentials) the role Editor. Then connect again.</source>
        <translation>Öffnen Sie in der Admin Console Adobe Target, das Produktprofil dieser Anmeldedaten, und geben Sie dem technischen Konto (API credentials) die Rolle Editor. Verbinden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Unknown Target tenant</source>
        <translation>Unbekannter Target-Tenant</translation>
    </message>
    <message>
        <source>Adobe Target does not know this Tenant ID.</source>
        <translation>Adobe Target kennt diese Tenant ID nicht.</translation>
    </message>
    <message>
        <source>Copy the tenant from the Experience Cloud address (the part after @ in experience.adobe.com/#/@tenant/target) into Tenant ID.</source>
        <translation>Kopieren Sie den Tenant aus der Experience-Cloud-Adresse (der Teil nach @ in experience.adobe.com/#/@tenant/target) in Tenant ID.</translation>
    </message>
    <message>
        <source>A Brand Portal configuration exists</source>
        <translation>Eine Brand-Portal-Konfiguration existiert bereits</translation>
    </message>
    <message>
        <source>AEM allows exactly one Brand Portal IMS configuration.</source>
        <translation>AEM erlaubt genau eine IMS-Konfiguration für Brand Portal.</translation>
    </message>
    <message>
        <source>Replace the existing configuration, or cancel and edit it instead.</source>
        <translation>Ersetzen Sie die vorhandene Konfiguration, oder brechen Sie ab und bearbeiten Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>AEM version</source>
        <translation>AEM-Version</translation>
    </message>
    <message>
        <source>Cloud service setting</source>
        <translation>Cloud-Service-Einstellung</translation>
    </message>
    <message>
        <source>AEM 6.3 or earlier</source>
        <translation>AEM 6.3 oder älter</translation>
    </message>
    <message>
        <source>AEM 6.4, or 6.5 before SP20</source>
        <translation>AEM 6.4 oder 6.5 vor SP20</translation>
    </message>
    <message>
        <source>AEM 6.5 SP20 or later (or with the hotfix)</source>
        <translation>AEM 6.5 SP20 oder neuer (oder mit dem Hotfix)</translation>
    </message>
    <message>
        <source>AEM as a Cloud Service</source>
        <translation>AEM as a Cloud Service</translation>
    </message>
    <message>
        <source>Client Code</source>
        <translation>Client Code</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant ID</translation>
    </message>
    <message>
        <source>IMS Configuration</source>
        <translation>IMS Configuration</translation>
    </message>
    <message>
        <source>API Type</source>
        <translation>API Type</translation>
    </message>
    <message>
        <source>A4T Analytics Cloud Configuration</source>
        <translation>A4T Analytics Cloud Configuration</translation>
    </message>
    <message>
        <source>Use accurate targeting</source>
        <translation>Use accurate targeting</translation>
    </message>
    <message>
        <source>Synchronize segments from Adobe Target</source>
        <translation>Synchronize segments from Adobe Target</translation>
    </message>
    <message>
        <source>Client library</source>
        <translation>Client library</translation>
    </message>
    <message>
        <source>Use Tag Management System to deliver client library</source>
        <translation>Use Tag Management System to deliver client library</translation>
    </message>
    <message>
        <source>Custom AT.js</source>
        <translation>Custom AT.js</translation>
    </message>
    <message>
        <source>Service URL</source>
        <translation>Service URL</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Staging library URI</source>
        <translation>Staging library URI</translation>
    </message>
    <message>
        <source>Production library URI</source>
        <translation>Production library URI</translation>
    </message>
    <message>
        <source>AEM Link Externalizer alias</source>
        <translation>AEM Link Externalizer alias</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <source>Technical Account ID</source>
        <translation>Technical Account ID</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Consent to replace the existing Brand Portal configuration</source>
        <translation>Zustimmung, die vorhandene Brand-Portal-Konfiguration zu ersetzen</translation>
    </message>
    <message>
        <source>AEM 6.3 and earlier have no IMS configuration for this solution; only Adobe I/O Events has a legacy Cloud Services configuration there. Choose a newer AEM version or Adobe I/O Events.</source>
        <translation>AEM 6.3 und älter haben für diese Lösung keine IMS-Konfiguration; nur Adobe I/O Events hat dort eine alte Cloud-Services-Konfiguration. Wählen Sie eine neuere AEM-Version oder Adobe I/O Events.</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server needs AEM 6.5 Service Pack 20 or later, or SP11–SP19 with the %1.</source>
        <translation>OAuth Server-to-Server erfordert AEM 6.5 Service Pack 20 oder neuer, oder SP11–SP19 mit dem %1.</translation>
    </message>
    <message>
        <source>Choose one of the values offered for %1.</source>
        <translation>Wählen Sie einen der angebotenen Werte für %1.</translation>
    </message>
    <message>
        <source>%1 may contain only lower-case letters, digits, dashes and underscores.</source>
        <translation>%1 darf nur Kleinbuchstaben, Ziffern, Bindestriche und Unterstriche enthalten.</translation>
    </message>
    <message>
        <source>%1 must look like https://&lt;tenant&gt;.brand-portal.adobe.com.</source>
        <translation>%1 muss wie https://&lt;tenant&gt;.brand-portal.adobe.com aussehen.</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>migrate takes one NAME.</source>
        <translation>migrate erwartet genau einen NAME.</translation>
    </message>
    <message>
        <source>%1 uses OAuth Server-to-Server already.</source>
        <translation>%1 verwendet bereits OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>%1 is the rollback copy of a migration; migrate the live configuration.</source>
        <translation>%1 ist die Rollback-Kopie einer Migration; migrieren Sie die aktive Konfiguration.</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Geheimnis</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Developer Console credential download.</source>
        <translation>%1 ist kein Anmeldedaten-Download aus der Developer Console.</translation>
    </message>
    <message>
        <source>%1 does not belong to this configuration.</source>
        <translation>%1 gehört nicht zu dieser Konfiguration.</translation>
    </message>
    <message>
        <source>The OAuth credential&apos;s client secret is needed: give it with --secret-stdin or --secret-env VAR (or in the --credential download).</source>
        <translation>Das Client-Geheimnis der OAuth-Anmeldedaten wird benötigt: Geben Sie es mit --secret-stdin oder --secret-env VAR an (oder im Download für --credential).</translation>
    </message>
    <message>
        <source>Not everything the OAuth configuration needs was given: --scopes LIST or --credential FILE (the OAuth credential&apos;s Developer Console download).</source>
        <translation>Nicht alles, was die OAuth-Konfiguration braucht, wurde angegeben: --scopes LISTE oder --credential DATEI (der Download der OAuth-Anmeldedaten aus der Developer Console).</translation>
    </message>
    <message>
        <source>The migration cannot go ahead; nothing was changed.</source>
        <translation>Die Migration kann nicht durchgeführt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Checking the OAuth credential of %1…</source>
        <translation>OAuth-Anmeldedaten von %1 werden geprüft…</translation>
    </message>
    <message>
        <source>The OAuth credential does not work yet; nothing was changed.</source>
        <translation>Die OAuth-Anmeldedaten funktionieren noch nicht; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 changed meanwhile or was migrated already; nothing was changed.</source>
        <translation>%1 wurde inzwischen geändert oder bereits migriert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Migrated %1 to OAuth Server-to-Server; the token check passed.</source>
        <translation>%1 zu OAuth Server-to-Server migriert; die Token-Prüfung war erfolgreich.</translation>
    </message>
    <message>
        <source>The JWT configuration is kept as the rollback copy %1.</source>
        <translation>Die JWT-Konfiguration bleibt als Rollback-Kopie %1 erhalten.</translation>
    </message>
    <message>
        <source>Next: update AEM&apos;s IMS configuration (for example with `ims-wizard export %1 --format osgi`).</source>
        <translation>Als Nächstes: Aktualisieren Sie die IMS-Konfiguration in AEM (zum Beispiel mit `ims-wizard export %1 --format osgi`).</translation>
    </message>
    <message>
        <source>Migrate a JWT configuration to OAuth Server-to-Server.</source>
        <translation>Eine JWT-Konfiguration zu OAuth Server-to-Server migrieren.</translation>
    </message>
    <message>
        <source>Turns a JWT configuration into OAuth Server-to-Server after the OAuth credential was added to the project in the Adobe Developer Console. Client ID, organization, technical account, solution and title carry over; the OAuth client secret comes from stdin or an environment variable, the scopes from --scopes or the credential&apos;s download (--credential). A real token request proves the new credential before anything changes; then the secret goes to the keychain and the configuration is switched, keeping the JWT configuration as a rollback copy. On any failure nothing changes.</source>
        <translation>Wandelt eine JWT-Konfiguration in OAuth Server-to-Server um, nachdem die OAuth-Anmeldedaten dem Projekt in der Adobe Developer Console hinzugefügt wurden. Client ID, Organisation, technisches Konto, Lösung und Titel werden übernommen; das OAuth-Client-Geheimnis kommt von stdin oder aus einer Umgebungsvariablen, die Scopes aus --scopes oder dem Download der Anmeldedaten (--credential). Eine echte Token-Anfrage weist die neuen Anmeldedaten nach, bevor sich etwas ändert; dann kommt das Geheimnis in den Schlüsselbund und die Konfiguration wird umgestellt, wobei die JWT-Konfiguration als Rollback-Kopie erhalten bleibt. Bei jedem Fehler ändert sich nichts.</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from stdin.</source>
        <translation>OAuth-Client-Geheimnis von stdin lesen.</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from the environment variable &lt;var&gt;.</source>
        <translation>OAuth-Client-Geheimnis aus der Umgebungsvariablen &lt;var&gt; lesen.</translation>
    </message>
    <message>
        <source>The OAuth credential&apos;s scopes, comma-separated.</source>
        <translation>Die Scopes der OAuth-Anmeldedaten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>The OAuth credential&apos;s Developer Console download (JSON): scopes, and the secret unless given otherwise.</source>
        <translation>Der Download der OAuth-Anmeldedaten aus der Developer Console (JSON): Scopes und, falls nicht anders angegeben, das Geheimnis.</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Token retrieved successfully</source>
        <translation>Token erfolgreich abgerufen</translation>
    </message>
    <message>
        <source>Migrate to OAuth Server-to-Server</source>
        <translation>Zu OAuth Server-to-Server migrieren</translation>
    </message>
    <message>
        <source>In the Developer Console, add an OAuth Server-to-Server credential to the same project. It keeps the client ID, technical account, APIs and product profiles; only the secret and the scopes are new.</source>
        <translation>Fügen Sie in der Developer Console demselben Projekt OAuth Server-to-Server-Anmeldedaten hinzu. Client ID, technisches Konto, APIs und Produktprofile bleiben; nur das Geheimnis und die Scopes sind neu.</translation>
    </message>
    <message>
        <source>Carries over: %1</source>
        <translation>Wird übernommen: %1</translation>
    </message>
    <message>
        <source>From the Developer Console: %1. Metascopes do not map to scopes one to one: take the scopes the console lists.</source>
        <translation>Aus der Developer Console: %1. Metascopes entsprechen Scopes nicht eins zu eins: Übernehmen Sie die Scopes, die die Console auflistet.</translation>
    </message>
    <message>
        <source>The JWT configuration and its private key are kept as a rollback copy until you delete it.</source>
        <translation>Die JWT-Konfiguration und ihr privater Schlüssel bleiben als Rollback-Kopie erhalten, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>OAuth credential</source>
        <translation>OAuth-Anmeldedaten</translation>
    </message>
    <message>
        <source>Paste the credential&apos;s &quot;Download JSON&quot;, or copy the client secret and the scopes from the Developer Console.</source>
        <translation>Fügen Sie das „Download JSON“ der Anmeldedaten ein, oder kopieren Sie Client-Geheimnis und Scopes aus der Developer Console.</translation>
    </message>
    <message>
        <source>Add the OAuth credential in the &amp;sandbox</source>
        <translation>OAuth-Anmeldedaten in der &amp;Sandbox hinzufügen</translation>
    </message>
    <message>
        <source>Stands in for the Developer Console: converts the sandbox credential and fills its OAuth secret and scopes</source>
        <translation>Steht für die Developer Console: wandelt die Sandbox-Anmeldedaten um und füllt OAuth-Geheimnis und Scopes aus</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Geheimnis</translation>
    </message>
    <message>
        <source>OAuth client s&amp;ecret:</source>
        <translation>OAuth-Client-G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>Sco&amp;pes:</translation>
    </message>
    <message>
        <source>This credential is not one of the sandbox&apos;s.</source>
        <translation>Diese Anmeldedaten gehören nicht zur Sandbox.</translation>
    </message>
    <message>
        <source>The sandbox credential now has an OAuth credential; its JWT exchange answers as a converted one does.</source>
        <translation>Die Sandbox-Anmeldedaten haben jetzt OAuth-Anmeldedaten; ihr JWT-Austausch antwortet wie bei umgewandelten Anmeldedaten.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>The new OAuth credential must return a token. The old JWT credential is checked beside it, for comparison.</source>
        <translation>Die neuen OAuth-Anmeldedaten müssen ein Token liefern. Die alten JWT-Anmeldedaten werden zum Vergleich daneben geprüft.</translation>
    </message>
    <message>
        <source>New: OAuth Server-to-Server</source>
        <translation>Neu: OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Old: JWT</source>
        <translation>Alt: JWT</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Er&amp;neut prüfen</translation>
    </message>
    <message>
        <source>Expected once the credential is converted.</source>
        <translation>Erwartet, sobald die Anmeldedaten umgewandelt sind.</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>Token wird angefordert…</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Umstellen</translation>
    </message>
    <message>
        <source>Replace the JWT configuration with the OAuth one. The JWT configuration is kept as a rollback copy; &quot;Roll back migration&quot; in the console undoes the switch until you delete the copy.</source>
        <translation>Die JWT-Konfiguration durch die OAuth-Konfiguration ersetzen. Die JWT-Konfiguration bleibt als Rollback-Kopie erhalten; „Migration zurücksetzen“ in der Konsole macht die Umstellung rückgängig, bis Sie die Kopie löschen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will use OAuth Server-to-Server with the scopes %2.</source>
        <translation>„%1“ verwendet OAuth Server-to-Server mit den Scopes %2.</translation>
    </message>
    <message>
        <source>Migrate &quot;%1&quot; to OAuth</source>
        <translation>„%1“ zu OAuth migrieren</translation>
    </message>
    <message>
        <source>S&amp;witch to OAuth</source>
        <translation>Auf OAuth &amp;umstellen</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>not a Developer Console download.</source>
        <translation>kein Download aus der Developer Console.</translation>
    </message>
    <message>
        <source>Not imported: this is a JWT credential. Download the OAuth Server-to-Server credential.</source>
        <translation>Nicht importiert: Dies sind JWT-Anmeldedaten. Laden Sie die OAuth Server-to-Server-Anmeldedaten herunter.</translation>
    </message>
    <message>
        <source>Took the secret and scopes from the OAuth credential.</source>
        <translation>Geheimnis und Scopes aus den OAuth-Anmeldedaten übernommen.</translation>
    </message>
    <message>
        <source>Not switched; nothing was changed. %1: %2 %3</source>
        <translation>Nicht umgestellt; nichts wurde geändert. %1: %2 %3</translation>
    </message>
    <message>
        <source>Paste &amp;JSON</source>
        <translation>&amp;JSON einfügen</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>&amp;System-Proxy-Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Use &amp;this proxy:</source>
        <translation>D&amp;iesen Proxy verwenden:</translation>
    </message>
    <message>
        <source>&amp;No proxy (connect directly)</source>
        <translation>&amp;Kein Proxy (direkt verbinden)</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>3128</source>
        <translation>3128</translation>
    </message>
    <message>
        <source>only when the proxy asks for one</source>
        <translation>nur wenn der Proxy danach fragt</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund aufbewahrt)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Corporate TLS inspection</source>
        <translation>TLS-Untersuchung im Unternehmen</translation>
    </message>
    <message>
        <source>If your company&apos;s proxy inspects TLS, add its CA certificate here. It is trusted for connections to Adobe IMS only, never for anything else, and certificate verification is never turned off.</source>
        <translation>Wenn der Proxy Ihrer Firma TLS untersucht, fügen Sie hier sein CA-Zertifikat hinzu. Ihm wird nur für Verbindungen zu Adobe IMS vertraut, für nichts anderes, und die Zertifikatsprüfung wird nie abgeschaltet.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>&amp;CA certificate (PEM):</source>
        <translation>&amp;CA-Zertifikat (PEM):</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>CA certificate of the proxy</source>
        <translation>CA-Zertifikat des Proxys</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Enter the proxy port (1 to 65535).</source>
        <translation>Geben Sie den Port des Proxys ein (1 bis 65535).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: enter a number from 1 to 65535.</source>
        <translation>„%1“ ist kein Port: Geben Sie eine Zahl von 1 bis 65535 ein.</translation>
    </message>
    <message>
        <source>Enter the password for the proxy user %1.</source>
        <translation>Geben Sie das Passwort für den Proxy-Benutzer %1 ein.</translation>
    </message>
    <message>
        <source>Enter the proxy user the password belongs to.</source>
        <translation>Geben Sie den Proxy-Benutzer ein, zu dem das Passwort gehört.</translation>
    </message>
    <message>
        <source>The proxy password could not be saved: %1 %2</source>
        <translation>Das Proxy-Passwort konnte nicht gespeichert werden: %1 %2</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Enter the proxy host.</source>
        <translation>Geben Sie den Proxy-Host ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address. Enter it without http:// and without a port, for example proxy.example.com.</source>
        <translation>„%1“ ist kein Hostname und keine Adresse. Geben Sie ihn ohne http:// und ohne Port ein, zum Beispiel proxy.example.com.</translation>
    </message>
    <message>
        <source>Enter the proxy port (1 to 65535).</source>
        <translation>Geben Sie den Port des Proxys ein (1 bis 65535).</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (expected PEM or DER).</source>
        <translation>%1 enthält kein Zertifikat (erwartet: PEM oder DER).</translation>
    </message>
    <message>
        <source>The proxy password for %1 is not in the keychain.</source>
        <translation>Das Proxy-Passwort für %1 ist nicht im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Properties — %1</source>
        <translation>Eigenschaften – %1</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated): read-only, as in AEM. Adobe ended JWT credentials on 30 June 2025; migrate this configuration to OAuth Server-to-Server.</source>
        <translation>JWT-Anmeldedaten (veraltet): schreibgeschützt, wie in AEM. Adobe hat JWT-Anmeldedaten am 30. Juni 2025 eingestellt; migrieren Sie diese Konfiguration zu OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>&amp;Migrate to OAuth…</source>
        <translation>Zu OAuth &amp;migrieren…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Cloud solution:</source>
        <translation>Cloud-Lösung:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT-Anmeldedaten (veraltet)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>Autorisierungsserver:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation>Organisations-ID:</translation>
    </message>
    <message>
        <source>Technical account ID:</source>
        <translation>ID des technischen Kontos:</translation>
    </message>
    <message>
        <source>Technical account email:</source>
        <translation>E-Mail des technischen Kontos:</translation>
    </message>
    <message>
        <source>Metascopes:</source>
        <translation>Metascopes:</translation>
    </message>
    <message>
        <source>Certificate alias:</source>
        <translation>Zertifikatsalias:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>Sco&amp;pes:</translation>
    </message>
    <message>
        <source>Enter the client secret &amp;again…</source>
        <translation>Client-Geheimnis &amp;erneut eingeben…</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Neues Client-Geheimnis</translation>
    </message>
    <message>
        <source>Save in &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;New client secret:</source>
        <translation>&amp;Neues Client-Geheimnis:</translation>
    </message>
    <message>
        <source>missing from the keychain — enter it again</source>
        <translation>fehlt im Schlüsselbund – geben Sie es erneut ein</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>AEM version:</source>
        <translation>AEM-Version:</translation>
    </message>
    <message>
        <source>Cloud Services (legacy):</source>
        <translation>Cloud Services (alt):</translation>
    </message>
    <message>
        <source>Cloud service:</source>
        <translation>Cloud-Service:</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Runs the IMS Wizard training sandbox: a local HTTPS IMS with a sample organisation, for demonstrations and tests.</source>
        <translation>Führt die Trainings-Sandbox von IMS Wizard aus: ein lokales HTTPS-IMS mit einer Beispielorganisation, für Vorführungen und Tests.</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:&lt;port&gt; (0: any free port).</source>
        <translation>Auf 127.0.0.1:&lt;port&gt; lauschen (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Keep the CA, certificate and signing key in &lt;dir&gt;.</source>
        <translation>CA, Zertifikat und Signaturschlüssel in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Print every sample credential (with its training secret) as JSON and exit.</source>
        <translation>Alle Beispiel-Anmeldedaten (mit ihrem Trainings-Geheimnis) als JSON ausgeben und beenden.</translation>
    </message>
    <message>
        <source>After starting, issue an AEM as a Cloud Service service credential (JWT exchange) and print it as JSON before the banner. Its private key is a training key made on the spot: it is bound only to this running sandbox and is worthless anywhere else.</source>
        <translation>Nach dem Start Dienst-Anmeldedaten für AEM as a Cloud Service (JWT-Austausch) ausstellen und vor dem Banner als JSON ausgeben. Ihr privater Schlüssel ist ein an Ort und Stelle erzeugter Trainingsschlüssel: Er gilt nur für diese laufende Sandbox und ist anderswo wertlos.</translation>
    </message>
    <message>
        <source>Not a port number: %1</source>
        <translation>Keine Portnummer: %1</translation>
    </message>
    <message>
        <source>Warning: SIGINT/SIGTERM will not stop the sandbox cleanly.</source>
        <translation>Warnung: SIGINT/SIGTERM beenden die Sandbox nicht sauber.</translation>
    </message>
    <message>
        <source>Could not issue a service credential: %1</source>
        <translation>Dienst-Anmeldedaten konnten nicht ausgestellt werden: %1</translation>
    </message>
    <message>
        <source>The service credential above carries a training key: it works only against this sandbox, and only while it runs.</source>
        <translation>Die obigen Dienst-Anmeldedaten enthalten einen Trainingsschlüssel: Sie funktionieren nur mit dieser Sandbox und nur, solange sie läuft.</translation>
    </message>
    <message>
        <source>Client secrets and scopes: ims-sandbox --print-credentials</source>
        <translation>Client-Geheimnisse und Scopes: ims-sandbox --print-credentials</translation>
    </message>
    <message>
        <source>List the fault modes and exit.</source>
        <translation>Die Fehlermodi auflisten und beenden.</translation>
    </message>
    <message>
        <source>Simulating the fault mode: %1</source>
        <translation>Fehlermodus wird simuliert: %1</translation>
    </message>
    <message>
        <source>Answer 429 after &lt;n&gt; token requests per client and minute (default 30).</source>
        <translation>Nach &lt;n&gt; Token-Anfragen pro Client und Minute mit 429 antworten (Standard 30).</translation>
    </message>
    <message>
        <source>Not a positive number: %1</source>
        <translation>Keine positive Zahl: %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>sandbox takes no arguments.</source>
        <translation>sandbox erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Not a port number: %1</source>
        <translation>Keine Portnummer: %1</translation>
    </message>
    <message>
        <source>The training sandbox could not start: %1</source>
        <translation>Die Trainings-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Warning: SIGINT/SIGTERM will not stop the sandbox cleanly.</source>
        <translation>Warnung: SIGINT/SIGTERM beenden die Sandbox nicht sauber.</translation>
    </message>
    <message>
        <source>Client secrets and scopes (training values): ims-wizard sandbox --print-credentials</source>
        <translation>Client-Geheimnisse und Scopes (Trainingswerte): ims-wizard sandbox --print-credentials</translation>
    </message>
    <message>
        <source>Run the training sandbox in the foreground.</source>
        <translation>Die Trainings-Sandbox im Vordergrund ausführen.</translation>
    </message>
    <message>
        <source>Runs the training sandbox (a local HTTPS IMS with a sample organisation) until Ctrl+C, and prints its URL, its CA certificate and the sample client ids. Other commands use it with --sandbox-url URL --sandbox-ca FILE.</source>
        <translation>Führt die Trainings-Sandbox (ein lokales HTTPS-IMS mit einer Beispielorganisation) bis Strg+C aus und gibt ihre URL, ihr CA-Zertifikat und die Beispiel-Client-IDs aus. Andere Befehle verwenden sie mit --sandbox-url URL --sandbox-ca DATEI.</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:&lt;port&gt; (0: any free port).</source>
        <translation>Auf 127.0.0.1:&lt;port&gt; lauschen (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Keep the CA, certificate and signing key in &lt;dir&gt;.</source>
        <translation>CA, Zertifikat und Signaturschlüssel in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Print every sample credential, with its training client secret, as Developer Console JSON and exit.</source>
        <translation>Alle Beispiel-Anmeldedaten samt Trainings-Client-Geheimnis als Developer-Console-JSON ausgeben und beenden.</translation>
    </message>
    <message>
        <source>List the fault modes and exit.</source>
        <translation>Die Fehlermodi auflisten und beenden.</translation>
    </message>
</context>
<context>
    <name>SandboxConsole</name>
    <message>
        <source>Training sandbox listening on %1</source>
        <translation>Trainings-Sandbox lauscht auf %1</translation>
    </message>
    <message>
        <source>CA certificate: %1</source>
        <translation>CA-Zertifikat: %1</translation>
    </message>
    <message>
        <source>Sample clients of organisation %1:</source>
        <translation>Beispiel-Clients der Organisation %1:</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Simulate a problem on every token request (trainers; list them with --list-faults). One request can also ask for one with the client id sandbox-fault-&lt;name&gt;.</source>
        <translation>Bei jeder Token-Anfrage ein Problem simulieren (für Trainer; Liste mit --list-faults). Eine einzelne Anfrage kann eines auch über die Client ID sandbox-fault-&lt;name&gt; anfordern.</translation>
    </message>
    <message>
        <source>(whole sandbox only, not by client id)</source>
        <translation>(nur für die ganze Sandbox, nicht per Client ID)</translation>
    </message>
    <message>
        <source>Unknown fault mode: %1. See --list-faults.</source>
        <translation>Unbekannter Fehlermodus: %1. Siehe --list-faults.</translation>
    </message>
</context>
<context>
    <name>SandboxFaultSelector</name>
    <message>
        <source>No answer (timeout)</source>
        <translation>Keine Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>The sandbox reads the request and never answers, like a server behind a dead proxy.</source>
        <translation>Die Sandbox liest die Anfrage und antwortet nie, wie ein Server hinter einem toten Proxy.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The sandbox stops listening: like a wrong port or a firewall that rejects the connection.</source>
        <translation>Die Sandbox hört auf zu lauschen: wie ein falscher Port oder eine Firewall, die die Verbindung ablehnt.</translation>
    </message>
    <message>
        <source>Connection reset mid-answer</source>
        <translation>Verbindung mitten in der Antwort zurückgesetzt</translation>
    </message>
    <message>
        <source>The sandbox starts a token answer and resets the connection halfway, like an unstable VPN.</source>
        <translation>Die Sandbox beginnt eine Token-Antwort und setzt die Verbindung auf halbem Weg zurück, wie ein instabiles VPN.</translation>
    </message>
    <message>
        <source>Very slow answer</source>
        <translation>Sehr langsame Antwort</translation>
    </message>
    <message>
        <source>The sandbox sends its answer one byte at a time, too slowly to finish in time.</source>
        <translation>Die Sandbox sendet ihre Antwort Byte für Byte, zu langsam, um rechtzeitig fertig zu werden.</translation>
    </message>
    <message>
        <source>Certificate from an untrusted CA</source>
        <translation>Zertifikat einer nicht vertrauenswürdigen CA</translation>
    </message>
    <message>
        <source>The sandbox presents a certificate from an unknown CA, as a TLS-inspecting corporate proxy does.</source>
        <translation>Die Sandbox legt ein Zertifikat einer unbekannten CA vor, wie es ein TLS untersuchender Firmen-Proxy tut.</translation>
    </message>
    <message>
        <source>Certificate for another host</source>
        <translation>Zertifikat für einen anderen Host</translation>
    </message>
    <message>
        <source>The sandbox presents a certificate made for a different host name.</source>
        <translation>Die Sandbox legt ein Zertifikat für einen anderen Hostnamen vor.</translation>
    </message>
    <message>
        <source>Expired server certificate</source>
        <translation>Abgelaufenes Serverzertifikat</translation>
    </message>
    <message>
        <source>The sandbox presents a certificate that expired yesterday.</source>
        <translation>Die Sandbox legt ein Zertifikat vor, das gestern abgelaufen ist.</translation>
    </message>
    <message>
        <source>Unknown client ID (400)</source>
        <translation>Unbekannte Client ID (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_client &quot;invalid client_id parameter&quot;: a mistyped client ID.</source>
        <translation>IMS antwortet 400 invalid_client &quot;invalid client_id parameter&quot;: eine vertippte Client ID.</translation>
    </message>
    <message>
        <source>Wrong client secret (400)</source>
        <translation>Falsches Client-Geheimnis (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_client &quot;invalid client_secret parameter&quot;: a wrong or rotated secret.</source>
        <translation>IMS antwortet 400 invalid_client &quot;invalid client_secret parameter&quot;: ein falsches oder rotiertes Geheimnis.</translation>
    </message>
    <message>
        <source>Scope not granted (400)</source>
        <translation>Scope nicht gewährt (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_scope: a scope the credential does not have.</source>
        <translation>IMS antwortet 400 invalid_scope: ein Scope, den die Anmeldedaten nicht haben.</translation>
    </message>
    <message>
        <source>JWT rejected (400)</source>
        <translation>JWT abgelehnt (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_token &quot;JWT expired&quot;: a legacy JWT signed with a wrong clock.</source>
        <translation>IMS antwortet 400 invalid_token &quot;JWT expired&quot;: ein altes JWT, signiert mit falsch gehender Uhr.</translation>
    </message>
    <message>
        <source>JWT key not uploaded (400)</source>
        <translation>JWT-Schlüssel nicht hochgeladen (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_token &quot;Could not match JWT signature to any of the bindings&quot;.</source>
        <translation>IMS antwortet 400 invalid_token &quot;Could not match JWT signature to any of the bindings&quot;.</translation>
    </message>
    <message>
        <source>Invalid JWT signature (400)</source>
        <translation>Ungültige JWT-Signatur (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_signature.</source>
        <translation>IMS antwortet 400 invalid_signature.</translation>
    </message>
    <message>
        <source>Bad request (400)</source>
        <translation>Ungültige Anfrage (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 bad_request: a malformed organization or technical account ID.</source>
        <translation>IMS antwortet 400 bad_request: eine fehlerhafte Organisations-ID oder ID des technischen Kontos.</translation>
    </message>
    <message>
        <source>Malformed request (400)</source>
        <translation>Fehlerhafte Anfrage (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_request: a request body IMS cannot read.</source>
        <translation>IMS antwortet 400 invalid_request: ein Anfragetext, den IMS nicht lesen kann.</translation>
    </message>
    <message>
        <source>Wrong credential type (400)</source>
        <translation>Falscher Anmeldedatentyp (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 unsupported_grant_type: a user-login credential used for server-to-server.</source>
        <translation>IMS antwortet 400 unsupported_grant_type: Anmeldedaten für Benutzeranmeldung, verwendet für Server-to-Server.</translation>
    </message>
    <message>
        <source>Client not authorized (401)</source>
        <translation>Client nicht berechtigt (401)</translation>
    </message>
    <message>
        <source>IMS answers 401 invalid_client: the credential lacks the API this configuration needs.</source>
        <translation>IMS antwortet 401 invalid_client: Den Anmeldedaten fehlt die API, die diese Konfiguration braucht.</translation>
    </message>
    <message>
        <source>Too many requests (429)</source>
        <translation>Zu viele Anfragen (429)</translation>
    </message>
    <message>
        <source>IMS answers 429 with Retry-After: 120.</source>
        <translation>IMS antwortet 429 mit Retry-After: 120.</translation>
    </message>
    <message>
        <source>IMS internal error (500)</source>
        <translation>Interner IMS-Fehler (500)</translation>
    </message>
    <message>
        <source>IMS answers 500 internal_error &quot;Please try again later&quot;.</source>
        <translation>IMS antwortet 500 internal_error &quot;Please try again later&quot;.</translation>
    </message>
    <message>
        <source>Captive portal page</source>
        <translation>Captive-Portal-Seite</translation>
    </message>
    <message>
        <source>An HTML page answers instead of IMS, like a hotel or guest network&apos;s login page.</source>
        <translation>Statt IMS antwortet eine HTML-Seite, wie die Anmeldeseite eines Hotel- oder Gastnetzes.</translation>
    </message>
    <message>
        <source>Answer without a token</source>
        <translation>Antwort ohne Token</translation>
    </message>
    <message>
        <source>A 200 answer in JSON without an access_token: another service answers in IMS&apos;s place.</source>
        <translation>Eine 200-Antwort in JSON ohne access_token: Ein anderer Dienst antwortet an Stelle von IMS.</translation>
    </message>
    <message>
        <source>50 MB answer</source>
        <translation>Antwort mit 50 MB</translation>
    </message>
    <message>
        <source>The server sends 50 MB; the wizard reads at most 1 MB of any answer.</source>
        <translation>Der Server sendet 50 MB; der Assistent liest höchstens 1 MB einer Antwort.</translation>
    </message>
    <message>
        <source>Redirect to another host</source>
        <translation>Weiterleitung an einen anderen Host</translation>
    </message>
    <message>
        <source>The server redirects the token request to another host; the wizard never re-sends the secret.</source>
        <translation>Der Server leitet die Token-Anfrage an einen anderen Host weiter; der Assistent sendet das Geheimnis nie erneut.</translation>
    </message>
    <message>
        <source>Server clock 10 minutes off</source>
        <translation>Server-Uhr geht 10 Minuten falsch</translation>
    </message>
    <message>
        <source>The token is issued, but the server&apos;s clock is 10 minutes ahead: the wizard explains the skew.</source>
        <translation>Das Token wird ausgestellt, aber die Uhr des Servers geht 10 Minuten vor: Der Assistent erklärt die Abweichung.</translation>
    </message>
    <message>
        <source>Simulate a prob&amp;lem:</source>
        <translation>Ein Prob&amp;lem simulieren:</translation>
    </message>
    <message>
        <source>None: the sandbox works normally</source>
        <translation>Keines: Die Sandbox arbeitet normal</translation>
    </message>
    <message>
        <source>For trainers: the next check meets this problem, so you can show its message.</source>
        <translation>Für Trainer: Die nächste Prüfung trifft auf dieses Problem, sodass Sie seine Meldung zeigen können.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not create the sandbox certificates: %1</source>
        <translation>Die Sandbox-Zertifikate konnten nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Qt could not load the sandbox&apos;s TLS key or certificate.</source>
        <translation>Qt konnte den TLS-Schlüssel oder das Zertifikat der Sandbox nicht laden.</translation>
    </message>
    <message>
        <source>Could not create the sandbox folder %1.</source>
        <translation>Der Sandbox-Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not restrict access to the sandbox folder %1.</source>
        <translation>Der Zugriff auf den Sandbox-Ordner %1 konnte nicht eingeschränkt werden.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1.</source>
        <translation>Lauschen auf 127.0.0.1:%1 nicht möglich.</translation>
    </message>
    <message>
        <source>Could not make the certificate for the fault mode: %1</source>
        <translation>Das Zertifikat für den Fehlermodus konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>SetSecretCommand</name>
    <message>
        <source>set-secret takes one NAME.</source>
        <translation>set-secret erwartet genau einen NAME.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Give the client secret with --secret-stdin or --secret-env VAR.</source>
        <translation>Geben Sie das Client-Geheimnis mit --secret-stdin oder --secret-env VAR an.</translation>
    </message>
    <message>
        <source>The client secret of %1 is in the keychain.</source>
        <translation>Das Client-Geheimnis von %1 ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Put a configuration&apos;s client secret (back) into the keychain.</source>
        <translation>Das Client-Geheimnis einer Konfiguration (wieder) in den Schlüsselbund legen.</translation>
    </message>
    <message>
        <source>Stores the client secret of the configuration NAME in the keychain, for example after its keychain entry was deleted (the configuration shows &quot;secret missing&quot;) or after the secret was rotated in the Developer Console. The secret is read from stdin or from an environment variable, never from the command line. Nothing is changed when the keychain cannot store it.</source>
        <translation>Speichert das Client-Geheimnis der Konfiguration NAME im Schlüsselbund, zum Beispiel nachdem ihr Schlüsselbund-Eintrag gelöscht wurde (die Konfiguration zeigt „Geheimnis fehlt“) oder nachdem das Geheimnis in der Developer Console rotiert wurde. Das Geheimnis wird von stdin oder aus einer Umgebungsvariablen gelesen, nie von der Kommandozeile. Nichts wird geändert, wenn der Schlüsselbund es nicht speichern kann.</translation>
    </message>
    <message>
        <source>Read the client secret from stdin.</source>
        <translation>Client-Geheimnis von stdin lesen.</translation>
    </message>
    <message>
        <source>Read the client secret from the environment variable &lt;VAR&gt;.</source>
        <translation>Client-Geheimnis aus der Umgebungsvariablen &lt;VAR&gt; lesen.</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>show takes one NAME.</source>
        <translation>show erwartet genau einen NAME.</translation>
    </message>
    <message>
        <source>Show one configuration.</source>
        <translation>Eine Konfiguration anzeigen.</translation>
    </message>
    <message>
        <source>Shows every field of one configuration, its certificate (JWT) and health history. NAME is the configuration&apos;s id, its title (not case-sensitive) or a unique id prefix. Secrets are never shown, only where the keychain keeps them.</source>
        <translation>Zeigt jedes Feld einer Konfiguration, ihr Zertifikat (JWT) und ihren Prüfverlauf. NAME ist die ID der Konfiguration, ihr Titel (ohne Beachtung der Groß-/Kleinschreibung) oder ein eindeutiger ID-Anfang. Geheimnisse werden nie angezeigt, nur wo der Schlüsselbund sie aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SolutionPage</name>
    <message>
        <source>Cloud solution</source>
        <translation>Cloud-Lösung</translation>
    </message>
    <message>
        <source>Choose the Adobe solution this IMS configuration connects AEM to.</source>
        <translation>Wählen Sie die Adobe-Lösung, mit der diese IMS-Konfiguration AEM verbindet.</translation>
    </message>
    <message>
        <source>&amp;Cloud solution:</source>
        <translation>&amp;Cloud-Lösung:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;OAuth Server-to-Server (recommended)</source>
        <translation>&amp;OAuth Server-to-Server (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;JWT Service Account (deprecated, end of life 30 June 2025)</source>
        <translation>&amp;JWT Service Account (veraltet, Lebensende 30. Juni 2025)</translation>
    </message>
    <message>
        <source>&amp;Use OAuth instead</source>
        <translation>Stattdessen OAuth &amp;verwenden</translation>
    </message>
    <message>
        <source>Typical OAuth scopes: %1</source>
        <translation>Typische OAuth-Scopes: %1</translation>
    </message>
    <message>
        <source>JWT metascope: %1</source>
        <translation>JWT-Metascope: %1</translation>
    </message>
    <message>
        <source>Afterwards in AEM: the %1 cloud service.</source>
        <translation>Anschließend in AEM: der Cloud-Service %1.</translation>
    </message>
    <message>
        <source>Adobe documentation</source>
        <translation>Adobe-Dokumentation</translation>
    </message>
    <message>
        <source>%1 (needs AEM 6.4 or later)</source>
        <translation>%1 (erfordert AEM 6.4 oder neuer)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Name the configuration and save it. The client secret goes to the system keychain, never to a file.</source>
        <translation>Benennen Sie die Konfiguration und speichern Sie sie. Das Client-Geheimnis kommt in den Schlüsselbund des Systems, nie in eine Datei.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Cloud-Lösung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT-Anmeldedaten (veraltet)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Autorisierungsserver</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>•••••••• (saved in the keychain)</source>
        <translation>•••••••• (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Technical account ID</source>
        <translation>ID des technischen Kontos</translation>
    </message>
    <message>
        <source>Technical account email</source>
        <translation>E-Mail des technischen Kontos</translation>
    </message>
    <message>
        <source>Metascopes</source>
        <translation>Metascopes</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>%1 (SHA-1 %2)</source>
        <translation>%1 (SHA-1 %2)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>Token retrieved successfully</source>
        <translation>Token erfolgreich abgerufen</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>error title: what happened, what to do</comment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>AEM version</source>
        <translation>AEM-Version</translation>
    </message>
    <message>
        <source>Cloud Services (legacy)</source>
        <translation>Cloud Services (alt)</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Cloud-Service</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>the existing Brand Portal configuration</source>
        <translation>die vorhandene Brand-Portal-Konfiguration</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets up Adobe IMS integrations for AEM. Commands without a display: ims-wizard help.</source>
        <translation>Richtet Adobe IMS-Integrationen für AEM ein. Befehle ohne Anzeige: ims-wizard help.</translation>
    </message>
    <message>
        <source>Start in the built-in training sandbox.</source>
        <translation>In der integrierten Trainings-Sandbox starten.</translation>
    </message>
    <message>
        <source>Keep configurations in &lt;dir&gt;.</source>
        <translation>Konfigurationen in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: en, de, fr or ja.</source>
        <translation>Die Sprache &lt;code&gt; verwenden: en, de, fr oder ja.</translation>
    </message>
    <message>
        <source>IMS Wizard</source>
        <translation>IMS Wizard</translation>
    </message>
    <message>
        <source>Another IMS Wizard is already using %1.</source>
        <translation>Ein anderer IMS Wizard verwendet bereits %1.</translation>
    </message>
    <message>
        <source>Training sandbox</source>
        <translation>Trainings-Sandbox</translation>
    </message>
    <message>
        <source>Adobe IMS (ims-na1.adobelogin.com) is not reachable from this computer.</source>
        <translation>Adobe IMS (ims-na1.adobelogin.com) ist von diesem Computer aus nicht erreichbar.</translation>
    </message>
    <message>
        <source>With --sandbox: simulate this problem (trainers; see ims-wizard sandbox --list-faults).</source>
        <translation>Mit --sandbox: dieses Problem simulieren (für Trainer; siehe ims-wizard sandbox --list-faults).</translation>
    </message>
    <message>
        <source>Unknown fault mode: %1.</source>
        <translation>Unbekannter Fehlermodus: %1.</translation>
    </message>
    <message>
        <source>Open a new configuration&apos;s wizard and exit as soon as its first page has been painted (start-up benchmark).</source>
        <translation>Den Assistenten für eine neue Konfiguration öffnen und beenden, sobald seine erste Seite gezeichnet ist (Startzeit-Benchmark).</translation>
    </message>
</context>
</TS>
