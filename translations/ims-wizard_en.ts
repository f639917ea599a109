<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AemVersionPage</name>
    <message>
        <source>AEM version</source>
        <translation>AEM version</translation>
    </message>
    <message>
        <source>Which AEM will use this configuration? The version decides what AEM can store and which authentication it supports.</source>
        <translation>Which AEM will use this configuration? The version decides what AEM can store and which authentication it supports.</translation>
    </message>
    <message>
        <source>AEM &amp;version</source>
        <translation>AEM &amp;version</translation>
    </message>
    <message>
        <source>AEM 6.3 or earlier</source>
        <translation>AEM 6.3 or earlier</translation>
    </message>
    <message>
        <source>AEM 6.4, or 6.5 before Service Pack 20</source>
        <translation>AEM 6.4, or 6.5 before Service Pack 20</translation>
    </message>
    <message>
        <source>AEM 6.5 Service Pack 20 or later (or with the OAuth compatibility hotfix)</source>
        <translation>AEM 6.5 Service Pack 20 or later (or with the OAuth compatibility hotfix)</translation>
    </message>
    <message>
        <source>AEM as a Cloud Service</source>
        <translation>AEM as a Cloud Service</translation>
    </message>
    <message>
        <source>AEM 6.3 and earlier have no IMS configurations. The wizard prepares the legacy Cloud Services configuration instead (Adobe I/O Events: Link Externalizer alias, API key, technical account, organization, client secret) with a JWT certificate.</source>
        <translation>AEM 6.3 and earlier have no IMS configurations. The wizard prepares the legacy Cloud Services configuration instead (Adobe I/O Events: Link Externalizer alias, API key, technical account, organization, client secret) with a JWT certificate.</translation>
    </message>
    <message>
        <source>This AEM stores IMS configurations with JWT only. For OAuth Server-to-Server install Service Pack 20 or, on SP11 to SP19, the %1, then choose the next option.</source>
        <translation>This AEM stores IMS configurations with JWT only. For OAuth Server-to-Server install Service Pack 20 or, on SP11 to SP19, the %1, then choose the next option.</translation>
    </message>
    <message>
        <source>IMS configuration with OAuth Server-to-Server, then the solution&apos;s cloud service configuration.</source>
        <translation>IMS configuration with OAuth Server-to-Server, then the solution&apos;s cloud service configuration.</translation>
    </message>
    <message>
        <source>IMS configuration with OAuth Server-to-Server (deployable as code with $[secret:…] placeholders), then the solution&apos;s cloud service configuration.</source>
        <translation>IMS configuration with OAuth Server-to-Server (deployable as code with $[secret:…] placeholders), then the solution&apos;s cloud service configuration.</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>%1 is too large for a key or certificate file.</source>
        <translation>%1 is too large for a key or certificate file.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>The JWT is signed with a private key; its certificate is uploaded to the credential in the Developer Console. Create a new pair, or use the one you have.</source>
        <translation>The JWT is signed with a private key; its certificate is uploaded to the credential in the Developer Console. Create a new pair, or use the one you have.</translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation>Create a new certificate</translation>
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
        <translation>Key size</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 bits</translation>
    </message>
    <message>
        <source>&amp;Key size:</source>
        <translation>&amp;Key size:</translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation>Validity in days</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valid for:</translation>
    </message>
    <message>
        <source>C&amp;reate certificate</source>
        <translation>C&amp;reate certificate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Creating the key pair</source>
        <translation>Creating the key pair</translation>
    </message>
    <message>
        <source>Or use an existing key pair</source>
        <translation>Or use an existing key pair</translation>
    </message>
    <message>
        <source>config.&amp;zip…</source>
        <translation>config.&amp;zip…</translation>
    </message>
    <message>
        <source>The Developer Console&apos;s &quot;Generate a key pair&quot; download</source>
        <translation>The Developer Console&apos;s &quot;Generate a key pair&quot; download</translation>
    </message>
    <message>
        <source>PKCS#&amp;12 keystore…</source>
        <translation>PKCS#&amp;12 keystore…</translation>
    </message>
    <message>
        <source>Private key + certificate (&amp;PEM)…</source>
        <translation>Private key + certificate (&amp;PEM)…</translation>
    </message>
    <message>
        <source>AEM as a Cloud &amp;Service credential…</source>
        <translation>AEM as a Cloud &amp;Service credential…</translation>
    </message>
    <message>
        <source>Passphrase or keystore password</source>
        <translation>Passphrase or keystore password</translation>
    </message>
    <message>
        <source>for PKCS#12 files and encrypted keys</source>
        <translation>for PKCS#12 files and encrypted keys</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the SHA-1 fingerprint, as the Developer Console shows it</source>
        <translation>Copy the SHA-1 fingerprint, as the Developer Console shows it</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1 fingerprint:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>Save %1 for the Developer Console</source>
        <translation>Save %1 for the Developer Console</translation>
    </message>
    <message>
        <source>E&amp;xport for AEM keystore (PKCS#12)…</source>
        <translation>E&amp;xport for AEM keystore (PKCS#12)…</translation>
    </message>
    <message>
        <source>&amp;Upload to the training sandbox</source>
        <translation>&amp;Upload to the training sandbox</translation>
    </message>
    <message>
        <source>Stands in for uploading the public key in the Developer Console</source>
        <translation>Stands in for uploading the public key in the Developer Console</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint copied.</source>
        <translation>SHA-1 fingerprint copied.</translation>
    </message>
    <message>
        <source>Keys and certificates (*.key *.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Keys and certificates (*.key *.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Import config.zip</source>
        <translation>Import config.zip</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation>ZIP archives (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Import PKCS#12 keystore</source>
        <translation>Import PKCS#12 keystore</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Import AEM as a Cloud Service credential</source>
        <translation>Import AEM as a Cloud Service credential</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Choose the private key</translation>
    </message>
    <message>
        <source>Choose its certificate</source>
        <translation>Choose its certificate</translation>
    </message>
    <message>
        <source>Download public key</source>
        <translation>Download public key</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>Certificates (*.crt)</translation>
    </message>
    <message>
        <source>Enter a keystore password in &quot;Password&quot; first; AEM asks for it when you add the key.</source>
        <translation>Enter a keystore password in &quot;Password&quot; first; AEM asks for it when you add the key.</translation>
    </message>
    <message>
        <source>Export for AEM keystore</source>
        <translation>Export for AEM keystore</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Export an unencrypted private key?</source>
        <translation>Export an unencrypted private key?</translation>
    </message>
    <message>
        <source>The DER file holds the private key without any protection. Anyone with the file can sign as this integration. Prefer the PKCS#12 export; if AEM needs the DER file, delete it right after adding it to the keystore.</source>
        <translation>The DER file holds the private key without any protection. Anyone with the file can sign as this integration. Prefer the PKCS#12 export; if AEM needs the DER file, delete it right after adding it to the keystore.</translation>
    </message>
    <message>
        <source>Export private key (DER)</source>
        <translation>Export private key (DER)</translation>
    </message>
    <message>
        <source>DER files (*.der)</source>
        <translation>DER files (*.der)</translation>
    </message>
    <message>
        <source>Creating an RSA %1 key pair…</source>
        <translation>Creating an RSA %1 key pair…</translation>
    </message>
    <message>
        <source>Cancelled. No certificate was created.</source>
        <translation>Cancelled. No certificate was created.</translation>
    </message>
    <message>
        <source>Created a new certificate.</source>
        <translation>Created a new certificate.</translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation>%1 — expired</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Imported the key pair from %1.</source>
        <translation>Imported the key pair from %1.</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>Imported %1 and %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Uploaded to the sandbox credential %1, as you would in the Developer Console.</source>
        <translation>Uploaded to the sandbox credential %1, as you would in the Developer Console.</translation>
    </message>
    <message>
        <source>✖ %1: %2 %3</source>
        <comment>error title: what happened, what to do</comment>
        <translation>✖ %1: %2 %3</translation>
    </message>
    <message>
        <source>Down&amp;load public key…</source>
        <translation>Down&amp;load public key…</translation>
    </message>
    <message>
        <source>Export private key (D&amp;ER)…</source>
        <translation>Export private key (D&amp;ER)…</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Name configurations or use --all, not both.</source>
        <translation>Name configurations or use --all, not both.</translation>
    </message>
    <message>
        <source>No configurations to check.</source>
        <translation>No configurations to check.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) passed.</source>
        <translation>
            <numerusform>%1 of %n check passed.</numerusform>
            <numerusform>%1 of %n checks passed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request a token for configurations (health check).</source>
        <translation>Request a token for configurations (health check).</translation>
    </message>
    <message>
        <source>Check every configuration (rollback copies only when named).</source>
        <translation>Check every configuration (rollback copies only when named).</translation>
    </message>
    <message>
        <source>Enter it again: ims-wizard set-secret %1 --secret-stdin</source>
        <translation>Enter it again: ims-wizard set-secret %1 --secret-stdin</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to %1.</source>
        <translation>--concurrency takes a number from 1 to %1.</translation>
    </message>
    <message>
        <source>Requests a real access token for each named configuration (id, title or unique id prefix), or for every configuration with --all or no NAME, at most %1 at a time (--concurrency N: at most N, from 1 to %2). Prints each result as it arrives: the token&apos;s expiry, scopes and client ID, never the token; or what went wrong and what to do. Each result is recorded in the configuration&apos;s health history. Exit code 0 only when every check passed.</source>
        <translation>Requests a real access token for each named configuration (id, title or unique id prefix), or for every configuration with --all or no NAME, at most %1 at a time (--concurrency N: at most N, from 1 to %2). Prints each result as it arrives: the token&apos;s expiry, scopes and client ID, never the token; or what went wrong and what to do. Each result is recorded in the configuration&apos;s health history. Exit code 0 only when every check passed.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; checks at once (1 to %1; default %2).</source>
        <translation>At most &lt;n&gt; checks at once (1 to %1; default %2).</translation>
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
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>Print one JSON document on stdout instead of text.</source>
        <translation>Print one JSON document on stdout instead of text.</translation>
    </message>
    <message>
        <source>Keep configurations in &lt;dir&gt; (default: %1).</source>
        <translation>Keep configurations in &lt;dir&gt; (default: %1).</translation>
    </message>
    <message>
        <source>Use the training sandbox running at &lt;url&gt; (for example one started with `ims-wizard sandbox`) for configurations marked sandbox, instead of starting one in this process.</source>
        <translation>Use the training sandbox running at &lt;url&gt; (for example one started with `ims-wizard sandbox`) for configurations marked sandbox, instead of starting one in this process.</translation>
    </message>
    <message>
        <source>Trust the CA certificate (PEM) in &lt;file&gt; for the --sandbox-url only.</source>
        <translation>Trust the CA certificate (PEM) in &lt;file&gt; for the --sandbox-url only.</translation>
    </message>
    <message>
        <source>--sandbox-ca needs --sandbox-url.</source>
        <translation>--sandbox-ca needs --sandbox-url.</translation>
    </message>
    <message>
        <source>Not an https URL: %1</source>
        <translation>Not an https URL: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several configurations: %2. Name one by its id.</source>
        <translation>&quot;%1&quot; matches several configurations: %2. Name one by its id.</translation>
    </message>
    <message>
        <source>No configuration is named &quot;%1&quot; (by id, title or id prefix). `ims-wizard list` shows them.</source>
        <translation>No configuration is named &quot;%1&quot; (by id, title or id prefix). `ims-wizard list` shows them.</translation>
    </message>
    <message>
        <source>The training sandbox could not start: %1</source>
        <translation>The training sandbox could not start: %1</translation>
    </message>
    <message>
        <source>Started the training sandbox at %1 for the configurations marked sandbox.</source>
        <translation>Started the training sandbox at %1 for the configurations marked sandbox.</translation>
    </message>
    <message>
        <source>Give the %1 either with --%2 or with --%3, not both.</source>
        <translation>Give the %1 either with --%2 or with --%3, not both.</translation>
    </message>
    <message>
        <source>Only one input can come from stdin.</source>
        <translation>Only one input can come from stdin.</translation>
    </message>
    <message>
        <source>%1 (not shown):</source>
        <translation>%1 (not shown):</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the %2) is not set or empty.</source>
        <translation>The environment variable %1 (for the %2) is not set or empty.</translation>
    </message>
    <message>
        <source>The %1 on stdin is empty.</source>
        <translation>The %1 on stdin is empty.</translation>
    </message>
    <message>
        <source>Use the HTTP proxy at &lt;url&gt; (http://[user@]host:port) for this run instead of the network settings. Never put the password in the URL: use --proxy-password-env, or the password saved in the keychain by Settings → Network.</source>
        <translation>Use the HTTP proxy at &lt;url&gt; (http://[user@]host:port) for this run instead of the network settings. Never put the password in the URL: use --proxy-password-env, or the password saved in the keychain by Settings → Network.</translation>
    </message>
    <message>
        <source>Connect directly, without any proxy, for this run.</source>
        <translation>Connect directly, without any proxy, for this run.</translation>
    </message>
    <message>
        <source>Read the proxy password from the environment variable &lt;var&gt;.</source>
        <translation>Read the proxy password from the environment variable &lt;var&gt;.</translation>
    </message>
    <message>
        <source>Use either --proxy or --no-proxy, not both.</source>
        <translation>Use either --proxy or --no-proxy, not both.</translation>
    </message>
    <message>
        <source>--proxy-password-env needs a proxy with a user.</source>
        <translation>--proxy-password-env needs a proxy with a user.</translation>
    </message>
    <message>
        <source>The proxy URL must not contain a password: other users can read the command line. Use --proxy-password-env VAR, or save the password with Settings → Network.</source>
        <translation>The proxy URL must not contain a password: other users can read the command line. Use --proxy-password-env VAR, or save the password with Settings → Network.</translation>
    </message>
    <message>
        <source>Not a proxy URL: %1 (expected http://[user@]host:port).</source>
        <translation>Not a proxy URL: %1 (expected http://[user@]host:port).</translation>
    </message>
    <message>
        <source>--proxy-password-env needs a proxy with a user (http://user@host:port).</source>
        <translation>--proxy-password-env needs a proxy with a user (http://user@host:port).</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>proxy password</translation>
    </message>
</context>
<context>
    <name>CloudServicePage</name>
    <message>
        <source>Cloud service configuration</source>
        <translation>Cloud service configuration</translation>
    </message>
    <message>
        <source>&amp;Configure the cloud service later in AEM</source>
        <translation>&amp;Configure the cloud service later in AEM</translation>
    </message>
    <message>
        <source>Connect to &amp;Target</source>
        <translation>Connect to &amp;Target</translation>
    </message>
    <message>
        <source>Give the technical account the Editor role (training sandbox)</source>
        <translation>Give the technical account the Editor role (training sandbox)</translation>
    </message>
    <message>
        <source>&amp;Replace the existing Brand Portal configuration when saving</source>
        <translation>&amp;Replace the existing Brand Portal configuration when saving</translation>
    </message>
    <message>
        <source>AEM 6.3: the legacy Cloud Services configuration &quot;%1&quot; (no IMS configuration).</source>
        <translation>AEM 6.3: the legacy Cloud Services configuration &quot;%1&quot; (no IMS configuration).</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; cloud service configuration that uses this IMS configuration.</source>
        <translation>The &quot;%1&quot; cloud service configuration that uses this IMS configuration.</translation>
    </message>
    <message>
        <source>In AEM: Tools, Deployment, Cloud Services, %1. The keystore alias eventproxy of the user eventproxy-service holds the private key.</source>
        <translation>In AEM: Tools, Deployment, Cloud Services, %1. The keystore alias eventproxy of the user eventproxy-service holds the private key.</translation>
    </message>
    <message>
        <source>In AEM: Tools, Cloud Services, %1, in the global configuration.</source>
        <translation>In AEM: Tools, Cloud Services, %1, in the global configuration.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Saving replaces: %3. %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Saving replaces: %3. %4</translation>
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
        <translation>mbox.js (deprecated)</translation>
    </message>
    <message>
        <source>•••••••• (the credential&apos;s client secret, kept in the system keychain; enter it in AEM)</source>
        <translation>•••••••• (the credential&apos;s client secret, kept in the system keychain; enter it in AEM)</translation>
    </message>
    <message>
        <source>Follows the IMS credentials of this configuration.</source>
        <translation>Follows the IMS credentials of this configuration.</translation>
    </message>
    <message>
        <source>tenant, or paste https://experience.adobe.com/#/@tenant/target</source>
        <translation>tenant, or paste https://experience.adobe.com/#/@tenant/target</translation>
    </message>
    <message>
        <source>Connecting to Adobe Target…</source>
        <translation>Connecting to Adobe Target…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to Adobe Target: the Admin API lists %n activities.</source>
        <translation>
            <numerusform>Connected to Adobe Target: the Admin API lists %n activity.</numerusform>
            <numerusform>Connected to Adobe Target: the Admin API lists %n activities.</numerusform>
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
        <translation>Usage: ims-wizard [&lt;command&gt; [options]]</translation>
    </message>
    <message>
        <source>Sets up Adobe IMS integrations for AEM. Without a command the wizard opens; with one, ims-wizard works on the command line and needs no display.</source>
        <translation>Sets up Adobe IMS integrations for AEM. Without a command the wizard opens; with one, ims-wizard works on the command line and needs no display.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help.</source>
        <translation>Show this help, or a command&apos;s help.</translation>
    </message>
    <message>
        <source>Run &quot;ims-wizard &lt;command&gt; --help&quot; for a command&apos;s options. Exit codes: 0 success, 1 a check failed or something was not done, 2 usage error.</source>
        <translation>Run &quot;ims-wizard &lt;command&gt; --help&quot; for a command&apos;s options. Exit codes: 0 success, 1 a check failed or something was not done, 2 usage error.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Commands: %1. Run &quot;ims-wizard help&quot; for more.</source>
        <translation>Commands: %1. Run &quot;ims-wizard help&quot; for more.</translation>
    </message>
    <message>
        <source>Run &quot;ims-wizard %1 --help&quot; for its options.</source>
        <translation>Run &quot;ims-wizard %1 --help&quot; for its options.</translation>
    </message>
</context>
<context>
    <name>ConfigurationModel</name>
    <message>
        <source>%1 [sandbox]</source>
        <translation>%1 [sandbox]</translation>
    </message>
    <message>
        <source>%1 — rollback copy</source>
        <translation>%1 — rollback copy</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT Credentials (deprecated)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>✔ Token retrieved (%1)</source>
        <translation>✔ Token retrieved (%1)</translation>
    </message>
    <message>
        <source>✖ %1 (%2)</source>
        <translation>✖ %1 (%2)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>JWT credentials reached end of life on 30 June 2025. Use &quot;Migrate to OAuth&quot;.</source>
        <translation>JWT credentials reached end of life on 30 June 2025. Use &quot;Migrate to OAuth&quot;.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Cloud solution</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Authorization server</translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation>Last health check</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>✖ Secret missing — enter it again in Properties</source>
        <translation>✖ Secret missing — enter it again in Properties</translation>
    </message>
</context>
<context>
    <name>ConfigurationView</name>
    <message>
        <source>JWT (deprecated)</source>
        <translation>JWT (deprecated)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>never checked</translation>
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
        <translation>Title:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Cloud solution:</source>
        <translation>Cloud solution:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentication:</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>Authorization server:</translation>
    </message>
    <message>
        <source>Training sandbox:</source>
        <translation>Training sandbox:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client secret:</translation>
    </message>
    <message>
        <source>in the keychain (%1)</source>
        <translation>in the keychain (%1)</translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation>Organization ID:</translation>
    </message>
    <message>
        <source>Technical account ID:</source>
        <translation>Technical account ID:</translation>
    </message>
    <message>
        <source>Technical account email:</source>
        <translation>Technical account email:</translation>
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
        <translation>Certificate alias:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message numerus="yes">
        <source>%1, expires %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1, expires %2 (%n day left)</numerusform>
            <numerusform>%1, expires %2 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1 fingerprint:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Private key:</translation>
    </message>
    <message>
        <source>Rollback copy of:</source>
        <translation>Rollback copy of:</translation>
    </message>
    <message>
        <source>Migrated to OAuth:</source>
        <translation>Migrated to OAuth:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Last health check:</source>
        <translation>Last health check:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>SOLUTION</source>
        <translation>SOLUTION</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>LAST CHECK</source>
        <translation>LAST CHECK</translation>
    </message>
    <message>
        <source>(rollback copy of %1)</source>
        <translation>(rollback copy of %1)</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>sandbox</translation>
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
        <translation>FAILED  %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>OK      %1 — token expires in %n second(s), at %2</source>
        <translation>
            <numerusform>OK      %1 — token expires in %n second, at %2</numerusform>
            <numerusform>OK      %1 — token expires in %n seconds, at %2</numerusform>
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
        <translation>MISSING from the keychain — enter it again: ims-wizard set-secret %1 --secret-stdin</translation>
    </message>
    <message>
        <source>Warning: %1. %2</source>
        <translation>Warning: %1. %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>AEM version:</source>
        <translation>AEM version:</translation>
    </message>
    <message>
        <source>Cloud Services (legacy):</source>
        <translation>Cloud Services (legacy):</translation>
    </message>
    <message>
        <source>Cloud service:</source>
        <translation>Cloud service:</translation>
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
        <translation>Adobe Developer Console and Admin Console</translation>
    </message>
    <message>
        <source>Do these steps in Adobe&apos;s web consoles, then come back for the credentials. Tick each step when it is done; the ticks are saved with the configuration.</source>
        <translation>Do these steps in Adobe&apos;s web consoles, then come back for the credentials. Tick each step when it is done; the ticks are saved with the configuration.</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Create a project</translation>
    </message>
    <message>
        <source>Add the product&apos;s API</source>
        <translation>Add the product&apos;s API</translation>
    </message>
    <message>
        <source>Upload the public key (Service Account JWT)</source>
        <translation>Upload the public key (Service Account JWT)</translation>
    </message>
    <message>
        <source>Choose OAuth Server-to-Server</source>
        <translation>Choose OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Choose the product profiles</source>
        <translation>Choose the product profiles</translation>
    </message>
    <message>
        <source>Give the technical account the Target role Editor</source>
        <translation>Give the technical account the Target role Editor</translation>
    </message>
    <message>
        <source>In the Adobe Developer Console, select your organization and choose &quot;Create new project&quot;.</source>
        <translation>In the Adobe Developer Console, select your organization and choose &quot;Create new project&quot;.</translation>
    </message>
    <message>
        <source>In the project choose &quot;Add API&quot; and pick this API.</source>
        <translation>In the project choose &quot;Add API&quot; and pick this API.</translation>
    </message>
    <message>
        <source>Choose &quot;Upload your public key&quot; and pick the certificate file below (never the private key).</source>
        <translation>Choose &quot;Upload your public key&quot; and pick the certificate file below (never the private key).</translation>
    </message>
    <message>
        <source>Choose the credential type OAuth Server-to-Server. Its scopes should be these.</source>
        <translation>Choose the credential type OAuth Server-to-Server. Its scopes should be these.</translation>
    </message>
    <message>
        <source>Select the product profiles the technical account may use, then &quot;Save configured API&quot;.</source>
        <translation>Select the product profiles the technical account may use, then &quot;Save configured API&quot;.</translation>
    </message>
    <message>
        <source>In the Admin Console open Adobe Target, the product profile, &quot;API credentials&quot;, and set the role of this credential&apos;s technical account to Editor. Observer cannot use the Admin API: &quot;Connect to Target&quot; fails with 403.</source>
        <translation>In the Admin Console open Adobe Target, the product profile, &quot;API credentials&quot;, and set the role of this credential&apos;s technical account to Editor. Observer cannot use the Admin API: &quot;Connect to Target&quot; fails with 403.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Credential type</source>
        <translation>Credential type</translation>
    </message>
    <message>
        <source>File to upload</source>
        <translation>File to upload</translation>
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
        <translation>Product</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the console page for: %1</source>
        <translation>Open the console page for: %1</translation>
    </message>
    <message>
        <source>Could not open %1; copy the address into a browser.</source>
        <translation>Could not open %1; copy the address into a browser.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copied %1.</translation>
    </message>
    <message>
        <source>No certificate yet: go back to the certificate page.</source>
        <translation>No certificate yet: go back to the certificate page.</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation>Could not open the folder %1.</translation>
    </message>
    <message>
        <source>&amp;Assign Editor in the training sandbox</source>
        <translation>&amp;Assign Editor in the training sandbox</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Copy the OAuth Server-to-Server credential from the Adobe Developer Console, or paste or drop the JSON it downloads.</source>
        <translation>Copy the OAuth Server-to-Server credential from the Adobe Developer Console, or paste or drop the JSON it downloads.</translation>
    </message>
    <message>
        <source>Fill the form from Developer Console JSON on the clipboard</source>
        <translation>Fill the form from Developer Console JSON on the clipboard</translation>
    </message>
    <message>
        <source>Fill with sandbox &amp;sample</source>
        <translation>Fill with sandbox &amp;sample</translation>
    </message>
    <message>
        <source>Use the training organisation&apos;s credential for the chosen solution</source>
        <translation>Use the training organisation&apos;s credential for the chosen solution</translation>
    </message>
    <message>
        <source>Authori&amp;zation server:</source>
        <translation>Authori&amp;zation server:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>from the credential&apos;s page</source>
        <translation>from the credential&apos;s page</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client s&amp;ecret:</translation>
    </message>
    <message>
        <source>&quot;Retrieve client secret&quot;</source>
        <translation>&quot;Retrieve client secret&quot;</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Show the secret</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>&amp;Organization ID:</translation>
    </message>
    <message>
        <source>&amp;Technical account ID:</source>
        <translation>&amp;Technical account ID:</translation>
    </message>
    <message>
        <source>Technical account e&amp;mail:</source>
        <translation>Technical account e&amp;mail:</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>Sco&amp;pes:</translation>
    </message>
    <message>
        <source>comma-separated, as the console lists them</source>
        <translation>comma-separated, as the console lists them</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy the JSON from the Developer Console first.</source>
        <translation>The clipboard is empty. Copy the JSON from the Developer Console first.</translation>
    </message>
    <message>
        <source>Import Developer Console JSON</source>
        <translation>Import Developer Console JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Still needed: %1</translation>
    </message>
    <message>
        <source>The text is not a Developer Console download.</source>
        <translation>The text is not a Developer Console download.</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n field(s) from the Developer Console download.</source>
        <translation>
            <numerusform>Filled %n field from the Developer Console download.</numerusform>
            <numerusform>Filled %n fields from the Developer Console download.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large to be a Developer Console download.</source>
        <translation>%1 is too large to be a Developer Console download.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n field(s) from the Developer Console download. It lists %1 client secrets; the first is used.</source>
        <translation>
            <numerusform>Filled %n field from the Developer Console download. It lists %1 client secrets; the first is used.</numerusform>
            <numerusform>Filled %n fields from the Developer Console download. It lists %1 client secrets; the first is used.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste &amp;JSON</source>
        <translation>Paste &amp;JSON</translation>
    </message>
    <message>
        <source>Import JSON &amp;file…</source>
        <translation>Import JSON &amp;file…</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Choose a format with --format pem|p12|osgi|report.</source>
        <translation>Choose a format with --format pem|p12|osgi|report.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: choose pem, p12, osgi or report.</source>
        <translation>Unknown format &quot;%1&quot;: choose pem, p12, osgi or report.</translation>
    </message>
    <message>
        <source>--%1 is for --format osgi only.</source>
        <translation>--%1 is for --format osgi only.</translation>
    </message>
    <message>
        <source>A password is for --format p12 only.</source>
        <translation>A password is for --format p12 only.</translation>
    </message>
    <message>
        <source>%1 has no certificate: only JWT configurations have one.</source>
        <translation>%1 has no certificate: only JWT configurations have one.</translation>
    </message>
    <message>
        <source>Upload this certificate to the credential in the Adobe Developer Console.</source>
        <translation>Upload this certificate to the credential in the Adobe Developer Console.</translation>
    </message>
    <message>
        <source>keystore password</source>
        <translation>keystore password</translation>
    </message>
    <message>
        <source>A PKCS#12 keystore needs a password: give it with --password-stdin or --password-env VAR.</source>
        <translation>A PKCS#12 keystore needs a password: give it with --password-stdin or --password-env VAR.</translation>
    </message>
    <message>
        <source>The keychain holds no private key for %1 (imported from AEM, the key stays in AEM&apos;s keystore).</source>
        <translation>The keychain holds no private key for %1 (imported from AEM, the key stays in AEM&apos;s keystore).</translation>
    </message>
    <message>
        <source>In AEM: Add Private Key from KeyStore file, alias %1.</source>
        <translation>In AEM: Add Private Key from KeyStore file, alias %1.</translation>
    </message>
    <message>
        <source>--%1 writes the client secret in clear text into a file. Add --%2 to confirm, or leave both out to write the placeholder $[secret:%3].</source>
        <translation>--%1 writes the client secret in clear text into a file. Add --%2 to confirm, or leave both out to write the placeholder $[secret:%3].</translation>
    </message>
    <message>
        <source>--output for osgi is a folder; %1 is a file.</source>
        <translation>--output for osgi is a folder; %1 is a file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The client secret is in clear text in these files: keep them out of version control.</source>
        <translation>The client secret is in clear text in these files: keep them out of version control.</translation>
    </message>
    <message>
        <source>The client secret is the placeholder $[secret:%1]: set a secret environment variable %1 in Cloud Manager (or the OSGi configuration) to its value.</source>
        <translation>The client secret is the placeholder $[secret:%1]: set a secret environment variable %1 in Cloud Manager (or the OSGi configuration) to its value.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 exists already.</translation>
    </message>
    <message>
        <source>Choose another --output, or add --force to replace it.</source>
        <translation>Choose another --output, or add --force to replace it.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Export a configuration for AEM or the Developer Console.</source>
        <translation>Export a configuration for AEM or the Developer Console.</translation>
    </message>
    <message>
        <source>pem, p12, osgi or report.</source>
        <translation>pem, p12, osgi or report.</translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation>Replace existing files.</translation>
    </message>
    <message>
        <source>p12: read the keystore password from stdin.</source>
        <translation>p12: read the keystore password from stdin.</translation>
    </message>
    <message>
        <source>p12: read the keystore password from the environment variable &lt;var&gt;.</source>
        <translation>p12: read the keystore password from the environment variable &lt;var&gt;.</translation>
    </message>
    <message>
        <source>osgi: write the client secret itself instead of the placeholder (needs --%1).</source>
        <translation>osgi: write the client secret itself instead of the placeholder (needs --%1).</translation>
    </message>
    <message>
        <source>Confirms --%1: the files will hold the secret in clear text.</source>
        <translation>Confirms --%1: the files will hold the secret in clear text.</translation>
    </message>
    <message>
        <source>--all is for --format report only.</source>
        <translation>--all is for --format report only.</translation>
    </message>
    <message>
        <source>export takes one NAME (several only with --format report).</source>
        <translation>export takes one NAME (several only with --format report).</translation>
    </message>
    <message>
        <source>Name the configurations for the report, or use --all (not both).</source>
        <translation>Name the configurations for the report, or use --all (not both).</translation>
    </message>
    <message>
        <source>--%1 is not for --format report: the report never holds a secret.</source>
        <translation>--%1 is not for --format report: the report never holds a secret.</translation>
    </message>
    <message>
        <source>There are no saved configurations to report on.</source>
        <translation>There are no saved configurations to report on.</translation>
    </message>
    <message>
        <source>--output for a report is a folder, or a file ending in .pdf or .html.</source>
        <translation>--output for a report is a folder, or a file ending in .pdf or .html.</translation>
    </message>
    <message>
        <source>The report holds no secret: hand it over as it is.</source>
        <translation>The report holds no secret: hand it over as it is.</translation>
    </message>
    <message>
        <source>Writes one configuration in a format AEM or the Adobe Developer Console takes:
  pem     the public certificate (JWT) for the Developer Console, AEM-Adobe-IMS.crt
  p12     a PKCS#12 keystore with the private key and certificate (JWT), for AEM&apos;s &quot;Add Private Key from KeyStore file&quot;; needs --password-stdin or --password-env
  osgi    the OSGi configuration pair (.cfg.json) for AEM as code; the client secret is written as the Cloud Manager placeholder $[secret:NAME], or in clear text only with --clear-text-secret --i-understand-this-writes-a-secret
  report  the handover report of NAME… or --all, as HTML and PDF (no secret in it): organisation, solutions, endpoints, certificates, scopes, cloud services, health checks and the next actions
Existing files are not replaced without --force.</source>
        <translation>Writes one configuration in a format AEM or the Adobe Developer Console takes:
  pem     the public certificate (JWT) for the Developer Console, AEM-Adobe-IMS.crt
  p12     a PKCS#12 keystore with the private key and certificate (JWT), for AEM&apos;s &quot;Add Private Key from KeyStore file&quot;; needs --password-stdin or --password-env
  osgi    the OSGi configuration pair (.cfg.json) for AEM as code; the client secret is written as the Cloud Manager placeholder $[secret:NAME], or in clear text only with --clear-text-secret --i-understand-this-writes-a-secret
  report  the handover report of NAME… or --all, as HTML and PDF (no secret in it): organisation, solutions, endpoints, certificates, scopes, cloud services, health checks and the next actions
Existing files are not replaced without --force.</translation>
    </message>
    <message>
        <source>Write to &lt;path&gt;: a folder (osgi, report, or pem/p12 with the default file name) or a file (pem, p12; report: .pdf or .html). Default: the current folder.</source>
        <translation>Write to &lt;path&gt;: a folder (osgi, report, or pem/p12 with the default file name) or a file (pem, p12; report: .pdf or .html). Default: the current folder.</translation>
    </message>
    <message>
        <source>report: every saved configuration.</source>
        <translation>report: every saved configuration.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export — %1</source>
        <translation>Export — %1</translation>
    </message>
    <message>
        <source>&amp;OSGi configuration for AEM (.cfg.json pair)</source>
        <translation>&amp;OSGi configuration for AEM (.cfg.json pair)</translation>
    </message>
    <message>
        <source>Public &amp;certificate for the Developer Console (%1)</source>
        <translation>Public &amp;certificate for the Developer Console (%1)</translation>
    </message>
    <message>
        <source>&amp;PKCS#12 keystore for AEM (&quot;Add Private Key from KeyStore file&quot;)</source>
        <translation>&amp;PKCS#12 keystore for AEM (&quot;Add Private Key from KeyStore file&quot;)</translation>
    </message>
    <message>
        <source>Write the client secret in clear te&amp;xt instead of $[secret:%1]</source>
        <translation>Write the client secret in clear te&amp;xt instead of $[secret:%1]</translation>
    </message>
    <message>
        <source>⚠ The file will contain the secret. Anyone who can read it, or the repository it is committed to, can act as this integration. AEM as a Cloud Service reads $[secret:…] placeholders from environment variables instead.</source>
        <translation>⚠ The file will contain the secret. Anyone who can read it, or the repository it is committed to, can act as this integration. AEM as a Cloud Service reads $[secret:…] placeholders from environment variables instead.</translation>
    </message>
    <message>
        <source>I understand: write the secret into the file</source>
        <translation>I understand: write the secret into the file</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>Keystore password</translation>
    </message>
    <message>
        <source>Keystore password again</source>
        <translation>Keystore password again</translation>
    </message>
    <message>
        <source>Keystore pass&amp;word:</source>
        <translation>Keystore pass&amp;word:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>A&amp;gain:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 — upload it to the credential in the Developer Console.</source>
        <translation>Saved %1 — upload it to the credential in the Developer Console.</translation>
    </message>
    <message>
        <source>Saved the OSGi configuration; set the environment variable %1 in AEM.</source>
        <translation>Saved the OSGi configuration; set the environment variable %1 in AEM.</translation>
    </message>
    <message>
        <source>Saved the OSGi configuration with the secret in clear text (readable by you only).</source>
        <translation>Saved the OSGi configuration with the secret in clear text (readable by you only).</translation>
    </message>
    <message>
        <source>Saved %1 (alias %2) for AEM&apos;s keystore.</source>
        <translation>Saved %1 (alias %2) for AEM&apos;s keystore.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>HandoverReportDialog</name>
    <message>
        <source>Handover report</source>
        <translation>Handover report</translation>
    </message>
    <message>
        <source>Handover report preview</source>
        <translation>Handover report preview</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Save as &amp;HTML…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Save the report as HTML</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>HTML documents (*.html *.htm)</source>
        <translation>HTML documents (*.html *.htm)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Report not saved</translation>
    </message>
</context>
<context>
    <name>HandoverReportDocument</name>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>AEM 6.3 or earlier</source>
        <translation>AEM 6.3 or earlier</translation>
    </message>
    <message>
        <source>AEM 6.4 or 6.5 before Service Pack 20</source>
        <translation>AEM 6.4 or 6.5 before Service Pack 20</translation>
    </message>
    <message>
        <source>AEM 6.5 Service Pack 20 or later, or with the compatibility hotfix</source>
        <translation>AEM 6.5 Service Pack 20 or later, or with the compatibility hotfix</translation>
    </message>
    <message>
        <source>AEM as a Cloud Service</source>
        <translation>AEM as a Cloud Service</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expired %n day(s) ago: create a new certificate, upload it to the credential in the Adobe Developer Console and update AEM&apos;s IMS configuration.</source>
        <translation>
            <numerusform>The certificate expired %n day ago: create a new certificate, upload it to the credential in the Adobe Developer Console and update AEM&apos;s IMS configuration.</numerusform>
            <numerusform>The certificate expired %n days ago: create a new certificate, upload it to the credential in the Adobe Developer Console and update AEM&apos;s IMS configuration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s): create a new one and upload it to the Adobe Developer Console before then.</source>
        <translation>
            <numerusform>The certificate expires in %n day: create a new one and upload it to the Adobe Developer Console before then.</numerusform>
            <numerusform>The certificate expires in %n days: create a new one and upload it to the Adobe Developer Console before then.</numerusform>
        </translation>
    </message>
    <message>
        <source>JWT credentials reached end of life: migrate this configuration to OAuth Server-to-Server.</source>
        <translation>JWT credentials reached end of life: migrate this configuration to OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>OAuth needs AEM 6.5 Service Pack 20 or the compatibility hotfix: install it before AEM uses this configuration.</source>
        <translation>OAuth needs AEM 6.5 Service Pack 20 or the compatibility hotfix: install it before AEM uses this configuration.</translation>
    </message>
    <message>
        <source>This JWT copy is kept as a rollback of a migration: once the OAuth configuration works in AEM, delete it.</source>
        <translation>This JWT copy is kept as a rollback of a migration: once the OAuth configuration works in AEM, delete it.</translation>
    </message>
    <message>
        <source>No health check on record: check it before handing over.</source>
        <translation>No health check on record: check it before handing over.</translation>
    </message>
    <message>
        <source>The last health check failed (%1): fix it and check again.</source>
        <translation>The last health check failed (%1): fix it and check again.</translation>
    </message>
    <message numerus="yes">
        <source>The last successful health check is %n day(s) old: check it again.</source>
        <translation>
            <numerusform>The last successful health check is %n day old: check it again.</numerusform>
            <numerusform>The last successful health check is %n days old: check it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adobe IMS integrations: handover report</source>
        <translation>Adobe IMS integrations: handover report</translation>
    </message>
    <message>
        <source>Generated on %1 by ims-wizard.</source>
        <translation>Generated on %1 by ims-wizard.</translation>
    </message>
    <message>
        <source>Client secrets and private keys are not part of this report: they stay in the OS keychain of the machine that made the configurations.</source>
        <translation>Client secrets and private keys are not part of this report: they stay in the OS keychain of the machine that made the configurations.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Configurations</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Next actions</translation>
    </message>
    <message>
        <source>Nothing to do: every configuration is current and healthy.</source>
        <translation>Nothing to do: every configuration is current and healthy.</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Cloud solution</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT Credentials (deprecated)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>AEM version</source>
        <translation>AEM version</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Training sandbox (not a real Adobe IMS)</source>
        <translation>Training sandbox (not a real Adobe IMS)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organization ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Technical account ID</source>
        <translation>Technical account ID</translation>
    </message>
    <message>
        <source>Technical account email</source>
        <translation>Technical account email</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Authorization server</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Token endpoint</translation>
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
        <translation>Client secret</translation>
    </message>
    <message>
        <source>In the OS keychain (not shown)</source>
        <translation>In the OS keychain (not shown)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>%1 (alias %2)</source>
        <translation>%1 (alias %2)</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1 fingerprint</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>from %1 until %2</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Rollback copy kept after the migration to OAuth</source>
        <translation>Rollback copy kept after the migration to OAuth</translation>
    </message>
    <message>
        <source>Migrated from JWT on %1</source>
        <translation>Migrated from JWT on %1</translation>
    </message>
    <message>
        <source>Legacy cloud service: %1</source>
        <translation>Legacy cloud service: %1</translation>
    </message>
    <message>
        <source>Cloud service: %1</source>
        <translation>Cloud service: %1</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Health checks</translation>
    </message>
    <message>
        <source>Never checked.</source>
        <translation>Never checked.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message numerus="yes">
        <source>Token retrieved (valid for %n hour(s))</source>
        <translation>
            <numerusform>Token retrieved (valid for %n hour)</numerusform>
            <numerusform>Token retrieved (valid for %n hours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Token retrieved (valid for %n minute(s))</source>
        <translation>
            <numerusform>Token retrieved (valid for %n minute)</numerusform>
            <numerusform>Token retrieved (valid for %n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Health check</translation>
    </message>
    <message>
        <source>Requests a real access token with these credentials, as AEM&apos;s &quot;Check Health&quot; does.</source>
        <translation>Requests a real access token with these credentials, as AEM&apos;s &quot;Check Health&quot; does.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Cancel check</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Show the access token</translation>
    </message>
    <message>
        <source>Decoded access token</source>
        <translation>Decoded access token</translation>
    </message>
    <message>
        <source>Expires in:</source>
        <translation>Expires in:</translation>
    </message>
    <message>
        <source>Scopes granted:</source>
        <translation>Scopes granted:</translation>
    </message>
    <message>
        <source>Clocks:</source>
        <translation>Clocks:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Access &amp;token:</translation>
    </message>
    <message>
        <source>Requesting an access token from %1…</source>
        <translation>Requesting an access token from %1…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <source>Use &quot;Check again&quot; to retry.</source>
        <translation>Use &quot;Check again&quot; to retry.</translation>
    </message>
    <message>
        <source>In step with the server.</source>
        <translation>In step with the server.</translation>
    </message>
    <message>
        <source>The server sent no time.</source>
        <translation>The server sent no time.</translation>
    </message>
    <message>
        <source>Token retrieved successfully</source>
        <translation>Token retrieved successfully</translation>
    </message>
    <message>
        <source>The training sandbox issued an access token. Continue to save the configuration.</source>
        <translation>The training sandbox issued an access token. Continue to save the configuration.</translation>
    </message>
    <message>
        <source>Adobe IMS issued an access token. Continue to save the configuration.</source>
        <translation>Adobe IMS issued an access token. Continue to save the configuration.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (at %2)</translation>
    </message>
    <message>
        <source>(not listed in the token)</source>
        <translation>(not listed in the token)</translation>
    </message>
    <message>
        <source>The access token is not a JWT; nothing to decode.</source>
        <translation>The access token is not a JWT; nothing to decode.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
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
        <translation>Proxy and corporate TLS settings</translation>
    </message>
    <message>
        <source>Dec&amp;oded token:</source>
        <translation>Dec&amp;oded token:</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Decoded token</translation>
    </message>
    <message>
        <source>%1: %2 What to do: %3</source>
        <translation>%1: %2 What to do: %3</translation>
    </message>
    <message>
        <source>Net&amp;work…</source>
        <translation>Net&amp;work…</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Name at least one FILE (or folder) to import.</source>
        <translation>Name at least one FILE (or folder) to import.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>client secret</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>No such file or folder: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message numerus="yes">
        <source>--%1 needs exactly one configuration, but the files hold %n.</source>
        <translation>
            <numerusform>--%1 needs exactly one configuration, but the files hold %n.</numerusform>
            <numerusform>--%1 needs exactly one configuration, but the files hold %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>Unknown cloud solution &quot;%1&quot;. Known: %2.</source>
        <translation>Unknown cloud solution &quot;%1&quot;. Known: %2.</translation>
    </message>
    <message>
        <source>A client secret was given, but every configuration found has one.</source>
        <translation>A client secret was given, but every configuration found has one.</translation>
    </message>
    <message numerus="yes">
        <source>A client secret was given, but %n configurations need one: import them one at a time.</source>
        <translation>
            <numerusform>A client secret was given, but %n configuration needs one: import them one at a time.</numerusform>
            <numerusform>A client secret was given, but %n configurations need one: import them one at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n configuration(s).</source>
        <translation>
            <numerusform>Found %n configuration.</numerusform>
            <numerusform>Found %n configurations.</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Organization ID: %1</source>
        <translation>Organization ID: %1</translation>
    </message>
    <message>
        <source>Client secret: given on stdin or in the environment</source>
        <translation>Client secret: given on stdin or in the environment</translation>
    </message>
    <message>
        <source>Client secret: in the file (goes to the keychain)</source>
        <translation>Client secret: in the file (goes to the keychain)</translation>
    </message>
    <message>
        <source>Client secret: only the placeholder %1; give the value with --secret-stdin or --secret-env VAR</source>
        <translation>Client secret: only the placeholder %1; give the value with --secret-stdin or --secret-env VAR</translation>
    </message>
    <message>
        <source>Client secret: none; give it with --secret-stdin or --secret-env VAR</source>
        <translation>Client secret: none; give it with --secret-stdin or --secret-env VAR</translation>
    </message>
    <message>
        <source>Private key: not in the file (it stays in AEM&apos;s keystore); migrate the configuration to OAuth to check it</source>
        <translation>Private key: not in the file (it stays in AEM&apos;s keystore); migrate the configuration to OAuth to check it</translation>
    </message>
    <message>
        <source>Private key: in the file (goes to the keychain)</source>
        <translation>Private key: in the file (goes to the keychain)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Complete (dry run: not saved).</source>
        <translation>Complete (dry run: not saved).</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>Complete.</translation>
    </message>
    <message>
        <source>Not saved: incomplete.</source>
        <translation>Not saved: incomplete.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;:</source>
        <translation>Could not save &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as %2.</source>
        <translation>Saved &quot;%1&quot; as %2.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %1 of %n configuration(s) complete, nothing saved.</source>
        <translation>
            <numerusform>Dry run: %1 of %n configuration complete, nothing saved.</numerusform>
            <numerusform>Dry run: %1 of %n configurations complete, nothing saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 of %n configuration(s).</source>
        <translation>
            <numerusform>Saved %1 of %n configuration.</numerusform>
            <numerusform>Saved %1 of %n configurations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import configurations from files.</source>
        <translation>Import configurations from files.</translation>
    </message>
    <message>
        <source>Reads AEM OSGi configurations (.cfg.json, .config, content packages), aio CLI contexts, Adobe Developer Console downloads, AEM as a Cloud Service service credentials and JWT payloads (files or folders), shows what each configuration holds and what is missing, and saves the complete ones: secrets to the keychain, the rest to the configuration file. A configuration whose file has only a placeholder such as $[secret:NAME] (or no secret) is saved only with --secret-stdin or --secret-env. Exit code 0 when every configuration found was saved.</source>
        <translation>Reads AEM OSGi configurations (.cfg.json, .config, content packages), aio CLI contexts, Adobe Developer Console downloads, AEM as a Cloud Service service credentials and JWT payloads (files or folders), shows what each configuration holds and what is missing, and saves the complete ones: secrets to the keychain, the rest to the configuration file. A configuration whose file has only a placeholder such as $[secret:NAME] (or no secret) is saved only with --secret-stdin or --secret-env. Exit code 0 when every configuration found was saved.</translation>
    </message>
    <message>
        <source>Show what would be imported; save nothing.</source>
        <translation>Show what would be imported; save nothing.</translation>
    </message>
    <message>
        <source>Read the client secret from stdin (for the one configuration that needs it).</source>
        <translation>Read the client secret from stdin (for the one configuration that needs it).</translation>
    </message>
    <message>
        <source>Read the client secret from the environment variable &lt;var&gt;.</source>
        <translation>Read the client secret from the environment variable &lt;var&gt;.</translation>
    </message>
    <message>
        <source>Set the authorization server to &lt;url&gt; (Developer Console downloads do not name one; default https://ims-na1.adobelogin.com).</source>
        <translation>Set the authorization server to &lt;url&gt; (Developer Console downloads do not name one; default https://ims-na1.adobelogin.com).</translation>
    </message>
    <message>
        <source>Mark the configurations as made for the training sandbox (checked against whichever sandbox runs).</source>
        <translation>Mark the configurations as made for the training sandbox (checked against whichever sandbox runs).</translation>
    </message>
    <message>
        <source>Title of the configuration (one configuration only).</source>
        <translation>Title of the configuration (one configuration only).</translation>
    </message>
    <message>
        <source>Cloud solution id, e.g. target (one configuration only).</source>
        <translation>Cloud solution id, e.g. target (one configuration only).</translation>
    </message>
    <message>
        <source>Server: %1 (training sandbox)</source>
        <translation>Server: %1 (training sandbox)</translation>
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
        <translation>Import configurations</translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Import. Secrets go to the keychain, never to a file.</source>
        <translation>Nothing is saved until you choose Import. Secrets go to the keychain, never to a file.</translation>
    </message>
    <message>
        <source>Configurations found</source>
        <translation>Configurations found</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Cloud solution</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client secret for the selected configuration</source>
        <translation>Client secret for the selected configuration</translation>
    </message>
    <message>
        <source>when the file has a $[secret:…] placeholder or none</source>
        <translation>when the file has a $[secret:…] placeholder or none</translation>
    </message>
    <message>
        <source>Client &amp;secret for the selected row:</source>
        <translation>Client &amp;secret for the selected row:</translation>
    </message>
    <message>
        <source>Use them with the &amp;training sandbox (for demonstrations)</source>
        <translation>Use them with the &amp;training sandbox (for demonstrations)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT Credentials (deprecated)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message numerus="yes">
        <source>Found %n configuration(s).</source>
        <translation>
            <numerusform>Found %n configuration.</numerusform>
            <numerusform>Found %n configurations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Could not read: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Ready — without its private key: migrate it to OAuth to check it</source>
        <translation>Ready — without its private key: migrate it to OAuth to check it</translation>
    </message>
    <message>
        <source>Ready (secret entered for %1)</source>
        <translation>Ready (secret entered for %1)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Choose at least one complete configuration to import.</source>
        <translation>Choose at least one complete configuration to import.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n configuration(s).</source>
        <translation>
            <numerusform>Imported %n configuration.</numerusform>
            <numerusform>Imported %n configurations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at &quot;%1&quot;: %2</source>
        <translation>Stopped at &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ImsWizard</name>
    <message>
        <source>New IMS configuration — Training sandbox</source>
        <translation>New IMS configuration — Training sandbox</translation>
    </message>
    <message>
        <source>New IMS configuration</source>
        <translation>New IMS configuration</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training sandbox&lt;/b&gt; — a local practice IMS; no real Adobe credentials are used or needed.</source>
        <translation>&lt;b&gt;Training sandbox&lt;/b&gt; — a local practice IMS; no real Adobe credentials are used or needed.</translation>
    </message>
    <message>
        <source>Adobe &amp;documentation</source>
        <translation>Adobe &amp;documentation</translation>
    </message>
    <message>
        <source>Opens Adobe&apos;s documentation for this step in the browser</source>
        <translation>Opens Adobe&apos;s documentation for this step in the browser</translation>
    </message>
    <message>
        <source>Training sandbox</source>
        <translation>Training sandbox</translation>
    </message>
    <message>
        <source>Only the training sandbox can be changed from here; use the Admin Console.</source>
        <translation>Only the training sandbox can be changed from here; use the Admin Console.</translation>
    </message>
    <message>
        <source>The technical account now has the Target role Editor (training sandbox).</source>
        <translation>The technical account now has the Target role Editor (training sandbox).</translation>
    </message>
    <message>
        <source>The training sandbox did not change the role (HTTP status %1).</source>
        <translation>The training sandbox did not change the role (HTTP status %1).</translation>
    </message>
</context>
<context>
    <name>JwtCredentialsPage</name>
    <message>
        <source>JWT credentials</source>
        <translation>JWT credentials</translation>
    </message>
    <message>
        <source>The fields of AEM&apos;s JWT form, from the credential in the Developer Console. Paste the JSON of its &quot;Generate JWT&quot; tab as the payload.</source>
        <translation>The fields of AEM&apos;s JWT form, from the credential in the Developer Console. Paste the JSON of its &quot;Generate JWT&quot; tab as the payload.</translation>
    </message>
    <message>
        <source>An AEM as a Cloud Service service credential, a Developer Console JWT credential, or the payload</source>
        <translation>An AEM as a Cloud Service service credential, a Developer Console JWT credential, or the payload</translation>
    </message>
    <message>
        <source>Fill with sandbox &amp;sample</source>
        <translation>Fill with sandbox &amp;sample</translation>
    </message>
    <message>
        <source>Authori&amp;zation server:</source>
        <translation>Authori&amp;zation server:</translation>
    </message>
    <message>
        <source>API &amp;key (client ID):</source>
        <translation>API &amp;key (client ID):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client s&amp;ecret:</translation>
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
        <translation>The payload is not a JWT payload.</translation>
    </message>
    <message>
        <source>The payload&apos;s aud names the client %1, but the API key is %2.</source>
        <translation>The payload&apos;s aud names the client %1, but the API key is %2.</translation>
    </message>
    <message>
        <source>The payload&apos;s aud names the server %1, but the authorization server is %2.</source>
        <translation>The payload&apos;s aud names the server %1, but the authorization server is %2.</translation>
    </message>
    <message>
        <source>Organization: %1
Technical account: %2
Metascopes: %3</source>
        <translation>Organization: %1
Technical account: %2
Metascopes: %3</translation>
    </message>
    <message>
        <source>(from the payload)</source>
        <translation>(from the payload)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Still needed: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>The clipboard is empty.</translation>
    </message>
    <message>
        <source>Pasted the payload.</source>
        <translation>Pasted the payload.</translation>
    </message>
    <message>
        <source>This is not a JWT credential.</source>
        <translation>This is not a JWT credential.</translation>
    </message>
    <message>
        <source>This is an OAuth Server-to-Server credential. Go back and choose OAuth for it.</source>
        <translation>This is an OAuth Server-to-Server credential. Go back and choose OAuth for it.</translation>
    </message>
    <message>
        <source>Filled the form and took the key pair from the service credential.</source>
        <translation>Filled the form and took the key pair from the service credential.</translation>
    </message>
    <message>
        <source>Filled the form from the credential.</source>
        <translation>Filled the form from the credential.</translation>
    </message>
    <message>
        <source>Paste &amp;JSON</source>
        <translation>Paste &amp;JSON</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>IMS Wizard will use the new language the next time it starts.</source>
        <translation>IMS Wizard will use the new language the next time it starts.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>cloud solution: none of the listed ones</comment>
        <translation>Custom</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list takes no arguments.</source>
        <translation>list takes no arguments.</translation>
    </message>
    <message>
        <source>No configurations in %1.</source>
        <translation>No configurations in %1.</translation>
    </message>
    <message>
        <source>List the saved configurations and their last health check.</source>
        <translation>List the saved configurations and their last health check.</translation>
    </message>
    <message>
        <source>Lists the saved configurations: id (first 8 characters), title, authentication, cloud solution, server and the last health check. Rollback copies kept by a migration are marked.</source>
        <translation>Lists the saved configurations: id (first 8 characters), title, authentication, cloud solution, server and the last health check. Rollback copies kept by a migration are marked.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IMS Wizard — Adobe IMS configurations</source>
        <translation>IMS Wizard — Adobe IMS configurations</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Configurations</translation>
    </message>
    <message>
        <source>&amp;New configuration…</source>
        <translation>&amp;New configuration…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Check health</source>
        <translation>&amp;Check health</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>Check &amp;all</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Properties</translation>
    </message>
    <message>
        <source>&amp;Migrate to OAuth…</source>
        <translation>&amp;Migrate to OAuth…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Roll back migration…</source>
        <translation>&amp;Roll back migration…</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>Use the &amp;training sandbox</source>
        <translation>Use the &amp;training sandbox</translation>
    </message>
    <message>
        <source>Search title, solution, server, client ID…</source>
        <translation>Search title, solution, server, client ID…</translation>
    </message>
    <message>
        <source>Search configurations</source>
        <translation>Search configurations</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All configurations</source>
        <translation>All configurations</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>JWT (to migrate)</source>
        <translation>JWT (to migrate)</translation>
    </message>
    <message>
        <source>Failing health check</source>
        <translation>Failing health check</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>IMS configurations</source>
        <translation>IMS configurations</translation>
    </message>
    <message>
        <source>No IMS configurations yet. Choose &quot;New configuration&quot; (Ctrl+N) or &quot;Import&quot; (Ctrl+O), or drop files here.</source>
        <translation>No IMS configurations yet. Choose &quot;New configuration&quot; (Ctrl+N) or &quot;Import&quot; (Ctrl+O), or drop files here.</translation>
    </message>
    <message>
        <source>Import configurations</source>
        <translation>Import configurations</translation>
    </message>
    <message>
        <source>Configurations (*.json *.cfg.json *.config *.zip);;All files (*)</source>
        <translation>Configurations (*.json *.cfg.json *.config *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Health checks finished.</source>
        <translation>Health checks finished.</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) in %1</source>
        <translation>
            <numerusform>%n configuration in %1</numerusform>
            <numerusform>%n configurations in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n configuration(s)…</source>
        <translation>
            <numerusform>Checking %n configuration…</numerusform>
            <numerusform>Checking %n configurations…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>Not duplicated: %1</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its client secret and private key are removed from the keychain too.</source>
        <translation>Delete &quot;%1&quot;? Its client secret and private key are removed from the keychain too.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n configuration(s)? Their secrets are removed from the keychain too.</source>
        <translation>
            <numerusform>Delete %n configuration? Their secrets are removed from the keychain too.</numerusform>
            <numerusform>Delete %n configurations? Their secrets are removed from the keychain too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete configurations</source>
        <translation>Delete configurations</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n configuration(s).</source>
        <translation>
            <numerusform>Deleted %n configuration.</numerusform>
            <numerusform>Deleted %n configurations.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no migration to roll back.</source>
        <translation>There is no migration to roll back.</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Not rolled back: %1</translation>
    </message>
    <message>
        <source>Rolled back: the JWT configuration is in place again.</source>
        <translation>Rolled back: the JWT configuration is in place again.</translation>
    </message>
    <message>
        <source>Roll back migration</source>
        <translation>Roll back migration</translation>
    </message>
    <message>
        <source>Put the JWT configuration back in place of its OAuth replacement? The OAuth client secret is removed from the keychain.</source>
        <translation>Put the JWT configuration back in place of its OAuth replacement? The OAuth client secret is removed from the keychain.</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Roll back</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n configuration(s).</source>
        <translation>
            <numerusform>Imported %n configuration.</numerusform>
            <numerusform>Imported %n configurations.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training sandbox could not start: %1</source>
        <translation>The training sandbox could not start: %1</translation>
    </message>
    <message>
        <source>IMS Wizard — Training sandbox</source>
        <translation>IMS Wizard — Training sandbox</translation>
    </message>
    <message>
        <source>Training sandbox at %1</source>
        <translation>Training sandbox at %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error title: what to do</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 You can practise the whole flow against the built-in training sandbox.</source>
        <comment>%1: why IMS is not used</comment>
        <translation>%1 You can practise the whole flow against the built-in training sandbox.</translation>
    </message>
    <message>
        <source>&amp;Handover report…</source>
        <translation>&amp;Handover report…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>&amp;Network…</translation>
    </message>
    <message>
        <source>That configuration no longer exists.</source>
        <translation>That configuration no longer exists.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>Reloaded: another program (a command-line run, say) changed the configurations.</source>
        <translation>Reloaded: another program (a command-line run, say) changed the configurations.</translation>
    </message>
    <message>
        <source>IMS Wizard was started again; this window is the one in use for %1.</source>
        <translation>IMS Wizard was started again; this window is the one in use for %1.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>No error</source>
        <translation>No error</translation>
    </message>
    <message>
        <source>Unknown client ID</source>
        <translation>Unknown client ID</translation>
    </message>
    <message>
        <source>Adobe IMS does not know this client ID.</source>
        <translation>Adobe IMS does not know this client ID.</translation>
    </message>
    <message>
        <source>Copy the client ID again from the credential in the Adobe Developer Console, and check that the authorization server matches the credential&apos;s environment (production or stage).</source>
        <translation>Copy the client ID again from the credential in the Adobe Developer Console, and check that the authorization server matches the credential&apos;s environment (production or stage).</translation>
    </message>
    <message>
        <source>Wrong client secret</source>
        <translation>Wrong client secret</translation>
    </message>
    <message>
        <source>Adobe IMS knows the client ID but rejected the client secret.</source>
        <translation>Adobe IMS knows the client ID but rejected the client secret.</translation>
    </message>
    <message>
        <source>Use &quot;Retrieve client secret&quot; in the Developer Console and paste it again. If the secret was rotated, use the newer one.</source>
        <translation>Use &quot;Retrieve client secret&quot; in the Developer Console and paste it again. If the secret was rotated, use the newer one.</translation>
    </message>
    <message>
        <source>Client rejected</source>
        <translation>Client rejected</translation>
    </message>
    <message>
        <source>Adobe IMS rejected the client credentials.</source>
        <translation>Adobe IMS rejected the client credentials.</translation>
    </message>
    <message>
        <source>Check the client ID and secret in the Developer Console, and that the credential has the API this configuration is for.</source>
        <translation>Check the client ID and secret in the Developer Console, and that the credential has the API this configuration is for.</translation>
    </message>
    <message>
        <source>Scope not granted</source>
        <translation>Scope not granted</translation>
    </message>
    <message>
        <source>One or more requested scopes are not granted to this credential.</source>
        <translation>One or more requested scopes are not granted to this credential.</translation>
    </message>
    <message>
        <source>Copy the scopes exactly as the Developer Console lists them for the credential, or add the missing API or product profile to the project.</source>
        <translation>Copy the scopes exactly as the Developer Console lists them for the credential, or add the missing API or product profile to the project.</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Token rejected</translation>
    </message>
    <message>
        <source>Adobe IMS could not accept the signed JWT: it is malformed or has expired.</source>
        <translation>Adobe IMS could not accept the signed JWT: it is malformed or has expired.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s clock is correct, then try again.</source>
        <translation>Check that this computer&apos;s clock is correct, then try again.</translation>
    </message>
    <message>
        <source>Private key does not match</source>
        <translation>Private key does not match</translation>
    </message>
    <message>
        <source>The JWT was signed with a private key whose certificate is not uploaded to this credential.</source>
        <translation>The JWT was signed with a private key whose certificate is not uploaded to this credential.</translation>
    </message>
    <message>
        <source>Upload this configuration&apos;s public certificate to the credential in the Developer Console, or use the private key that belongs to the uploaded certificate.</source>
        <translation>Upload this configuration&apos;s public certificate to the credential in the Developer Console, or use the private key that belongs to the uploaded certificate.</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Invalid signature</translation>
    </message>
    <message>
        <source>Adobe IMS could not verify the JWT&apos;s signature.</source>
        <translation>Adobe IMS could not verify the JWT&apos;s signature.</translation>
    </message>
    <message>
        <source>Use the private key that belongs to the certificate uploaded to the credential.</source>
        <translation>Use the private key that belongs to the certificate uploaded to the credential.</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Request rejected</translation>
    </message>
    <message>
        <source>Adobe IMS rejected the request as malformed.</source>
        <translation>Adobe IMS rejected the request as malformed.</translation>
    </message>
    <message>
        <source>Check the organization ID and technical account ID: they must be copied exactly from the Developer Console.</source>
        <translation>Check the organization ID and technical account ID: they must be copied exactly from the Developer Console.</translation>
    </message>
    <message>
        <source>Adobe IMS error</source>
        <translation>Adobe IMS error</translation>
    </message>
    <message>
        <source>Adobe IMS answered with an internal error.</source>
        <translation>Adobe IMS answered with an internal error.</translation>
    </message>
    <message>
        <source>Try again later. For a JWT credential this also means it was already converted to OAuth: migrate the configuration.</source>
        <translation>Try again later. For a JWT credential this also means it was already converted to OAuth: migrate the configuration.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Too many requests</translation>
    </message>
    <message numerus="yes">
        <source>Adobe IMS is throttling this client: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Adobe IMS is throttling this client: wait %n second before trying again.</numerusform>
            <numerusform>Adobe IMS is throttling this client: wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adobe IMS is throttling this client.</source>
        <translation>Adobe IMS is throttling this client.</translation>
    </message>
    <message>
        <source>Wait, then check again. Applications should cache the token until shortly before it expires instead of requesting a new one for each call.</source>
        <translation>Wait, then check again. Applications should cache the token until shortly before it expires instead of requesting a new one for each call.</translation>
    </message>
    <message>
        <source>Adobe IMS answered with the error &quot;%1&quot;.</source>
        <translation>Adobe IMS answered with the error &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Read the server&apos;s description below and check the credential in the Developer Console.</source>
        <translation>Read the server&apos;s description below and check the credential in the Developer Console.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unexpected answer</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 and no error description.</source>
        <translation>The server answered with HTTP status %1 and no error description.</translation>
    </message>
    <message>
        <source>Check that the authorization server is Adobe IMS (for example https://ims-na1.adobelogin.com) and that no proxy is answering instead.</source>
        <translation>Check that the authorization server is Adobe IMS (for example https://ims-na1.adobelogin.com) and that no proxy is answering instead.</translation>
    </message>
    <message>
        <source>Incomplete token response</source>
        <translation>Incomplete token response</translation>
    </message>
    <message>
        <source>The server answered successfully but without a usable access token.</source>
        <translation>The server answered successfully but without a usable access token.</translation>
    </message>
    <message>
        <source>Check that the authorization server is Adobe IMS and not a proxy or another service.</source>
        <translation>Check that the authorization server is Adobe IMS and not a proxy or another service.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>No answer in time</translation>
    </message>
    <message>
        <source>The authorization server did not answer in time.</source>
        <translation>The authorization server did not answer in time.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then try again.</source>
        <translation>Check the network connection and proxy settings, then try again.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Secure connection failed</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified.</source>
        <translation>The server&apos;s TLS certificate could not be verified.</translation>
    </message>
    <message>
        <source>If a corporate proxy inspects TLS, add its CA certificate for IMS connections. Never turn verification off.</source>
        <translation>If a corporate proxy inspects TLS, add its CA certificate for IMS connections. Never turn verification off.</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Server not found</translation>
    </message>
    <message>
        <source>The authorization server&apos;s host name could not be resolved.</source>
        <translation>The authorization server&apos;s host name could not be resolved.</translation>
    </message>
    <message>
        <source>Check the authorization server URL and this computer&apos;s DNS and proxy settings. Without a network, use the training sandbox.</source>
        <translation>Check the authorization server URL and this computer&apos;s DNS and proxy settings. Without a network, use the training sandbox.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>The authorization server refused the connection.</source>
        <translation>The authorization server refused the connection.</translation>
    </message>
    <message>
        <source>Check the URL and port, and whether a firewall or proxy blocks the connection.</source>
        <translation>Check the URL and port, and whether a firewall or proxy blocks the connection.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connection closed</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>The server closed the connection before answering.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check proxies or firewalls between this computer and Adobe IMS.</source>
        <translation>Try again; if it persists, check proxies or firewalls between this computer and Adobe IMS.</translation>
    </message>
    <message>
        <source>Not an IMS answer</source>
        <translation>Not an IMS answer</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not JSON, so it did not come from Adobe IMS.</source>
        <translation>The server&apos;s answer is not JSON, so it did not come from Adobe IMS.</translation>
    </message>
    <message>
        <source>Check the authorization server URL; a proxy or captive portal may be answering instead.</source>
        <translation>Check the authorization server URL; a proxy or captive portal may be answering instead.</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Answer too large</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than any token response and was cut off.</source>
        <translation>The server&apos;s answer was far larger than any token response and was cut off.</translation>
    </message>
    <message>
        <source>Check the authorization server URL; this is not Adobe IMS answering.</source>
        <translation>Check the authorization server URL; this is not Adobe IMS answering.</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirect refused</translation>
    </message>
    <message>
        <source>The server redirected the token request elsewhere. It was not followed, so the client secret was not sent again.</source>
        <translation>The server redirected the token request elsewhere. It was not followed, so the client secret was not sent again.</translation>
    </message>
    <message>
        <source>Use the authorization server&apos;s final address directly.</source>
        <translation>Use the authorization server&apos;s final address directly.</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Network error</translation>
    </message>
    <message>
        <source>The request failed on the network.</source>
        <translation>The request failed on the network.</translation>
    </message>
    <message>
        <source>Made by a newer version</source>
        <translation>Made by a newer version</translation>
    </message>
    <message>
        <source>The configurations file was written by a newer version of IMS Wizard.</source>
        <translation>The configurations file was written by a newer version of IMS Wizard.</translation>
    </message>
    <message>
        <source>Update IMS Wizard. The file was left unchanged.</source>
        <translation>Update IMS Wizard. The file was left unchanged.</translation>
    </message>
    <message>
        <source>Configurations file damaged</source>
        <translation>Configurations file damaged</translation>
    </message>
    <message>
        <source>The configurations file could not be read.</source>
        <translation>The configurations file could not be read.</translation>
    </message>
    <message>
        <source>Restore it from a backup; it was left unchanged.</source>
        <translation>Restore it from a backup; it was left unchanged.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>The configurations file could not be written.</source>
        <translation>The configurations file could not be written.</translation>
    </message>
    <message>
        <source>Check free disk space and the permissions of the configuration folder.</source>
        <translation>Check free disk space and the permissions of the configuration folder.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Already open</translation>
    </message>
    <message>
        <source>Another IMS Wizard window is using the configurations.</source>
        <translation>Another IMS Wizard window is using the configurations.</translation>
    </message>
    <message>
        <source>Close the other window, then try again.</source>
        <translation>Close the other window, then try again.</translation>
    </message>
    <message>
        <source>Secret missing</source>
        <translation>Secret missing</translation>
    </message>
    <message>
        <source>The secret for this configuration is not in the keychain.</source>
        <translation>The secret for this configuration is not in the keychain.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>No keychain</translation>
    </message>
    <message>
        <source>No keychain service is available, so the secret cannot be stored safely.</source>
        <translation>No keychain service is available, so the secret cannot be stored safely.</translation>
    </message>
    <message>
        <source>Start the desktop&apos;s keychain (GNOME Keyring or KWallet with the Secret Service) and try again. IMS Wizard never stores secrets in plain files.</source>
        <translation>Start the desktop&apos;s keychain (GNOME Keyring or KWallet with the Secret Service) and try again. IMS Wizard never stores secrets in plain files.</translation>
    </message>
    <message>
        <source>Keychain locked</source>
        <translation>Keychain locked</translation>
    </message>
    <message>
        <source>Keychain access denied</source>
        <translation>Keychain access denied</translation>
    </message>
    <message>
        <source>Keychain error</source>
        <translation>Keychain error</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>The keychain reported an error.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the desktop&apos;s keychain service.</source>
        <translation>Try again; if it persists, check the desktop&apos;s keychain service.</translation>
    </message>
    <message>
        <source>Cryptography error</source>
        <translation>Cryptography error</translation>
    </message>
    <message>
        <source>A key or certificate operation failed.</source>
        <translation>A key or certificate operation failed.</translation>
    </message>
    <message>
        <source>Check that the file is a valid key or certificate and that the passphrase is right.</source>
        <translation>Check that the file is a valid key or certificate and that the passphrase is right.</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Wrong passphrase</translation>
    </message>
    <message>
        <source>The file is protected and the passphrase does not open it.</source>
        <translation>The file is protected and the passphrase does not open it.</translation>
    </message>
    <message>
        <source>Enter the passphrase or keystore password it was exported with.</source>
        <translation>Enter the passphrase or keystore password it was exported with.</translation>
    </message>
    <message>
        <source>Key and certificate do not belong together</source>
        <translation>Key and certificate do not belong together</translation>
    </message>
    <message>
        <source>The private key is not the one the certificate was made for.</source>
        <translation>The private key is not the one the certificate was made for.</translation>
    </message>
    <message>
        <source>Choose the private key that was generated with this certificate (for the Developer Console&apos;s config.zip: private.key with certificate_pub.crt).</source>
        <translation>Choose the private key that was generated with this certificate (for the Developer Console&apos;s config.zip: private.key with certificate_pub.crt).</translation>
    </message>
    <message>
        <source>Unsupported key</source>
        <translation>Unsupported key</translation>
    </message>
    <message>
        <source>Adobe IMS needs an RSA key of at least 2048 bits.</source>
        <translation>Adobe IMS needs an RSA key of at least 2048 bits.</translation>
    </message>
    <message>
        <source>Create a new certificate here, or generate an RSA 2048 key pair.</source>
        <translation>Create a new certificate here, or generate an RSA 2048 key pair.</translation>
    </message>
    <message>
        <source>JWT credentials reached end of life</source>
        <translation>JWT credentials reached end of life</translation>
    </message>
    <message>
        <source>Adobe stopped JWT (Service Account) credentials on 30 June 2025; new ones cannot be created against Adobe IMS.</source>
        <translation>Adobe stopped JWT (Service Account) credentials on 30 June 2025; new ones cannot be created against Adobe IMS.</translation>
    </message>
    <message>
        <source>Create an OAuth Server-to-Server configuration instead. To practise the legacy flow, use the training sandbox.</source>
        <translation>Create an OAuth Server-to-Server configuration instead. To practise the legacy flow, use the training sandbox.</translation>
    </message>
    <message>
        <source>Unreadable input</source>
        <translation>Unreadable input</translation>
    </message>
    <message>
        <source>The input could not be read.</source>
        <translation>The input could not be read.</translation>
    </message>
    <message>
        <source>Check that it is the file or text the Developer Console gave you.</source>
        <translation>Check that it is the file or text the Developer Console gave you.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <source>IMS error: %1</source>
        <translation>IMS error: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Cloud solution</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Authorization server</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organization ID</translation>
    </message>
    <message>
        <source>Technical account ID</source>
        <translation>Technical account ID</translation>
    </message>
    <message>
        <source>Technical account email</source>
        <translation>Technical account email</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Metascopes</source>
        <translation>Metascopes</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Private key</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 must use https:// (plain http:// is allowed only for this computer).</source>
        <translation>%1 must use https:// (plain http:// is allowed only for this computer).</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 is not a valid URL.</translation>
    </message>
    <message>
        <source>%1 must be the server only, without &quot;%2&quot;.</source>
        <translation>%1 must be the server only, without &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must end with @AdobeOrg.</source>
        <translation>%1 must end with @AdobeOrg.</translation>
    </message>
    <message>
        <source>%1 must end with @techacct.adobe.com.</source>
        <translation>%1 must end with @techacct.adobe.com.</translation>
    </message>
    <message>
        <source>%1 may contain only letters, digits, dots, dashes and underscores (3 to 128).</source>
        <translation>%1 may contain only letters, digits, dots, dashes and underscores (3 to 128).</translation>
    </message>
    <message>
        <source>%1 must not contain spaces.</source>
        <translation>%1 must not contain spaces.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; contains characters scopes never have.</source>
        <translation>The scope &quot;%1&quot; contains characters scopes never have.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is listed twice.</source>
        <translation>The scope &quot;%1&quot; is listed twice.</translation>
    </message>
    <message>
        <source>Choose a cloud solution from the list.</source>
        <translation>Choose a cloud solution from the list.</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation>This is not valid JSON (%1).</translation>
    </message>
    <message>
        <source>This JSON is not a Developer Console project or credential download.</source>
        <translation>This JSON is not a Developer Console project or credential download.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; has the wrong type.</source>
        <translation>The value of &quot;%1&quot; has the wrong type.</translation>
    </message>
    <message>
        <source>The file contains no OAuth Server-to-Server credential.</source>
        <translation>The file contains no OAuth Server-to-Server credential.</translation>
    </message>
    <message>
        <source>The file contains a JWT (Service Account) credential, which reached end of life. Add an OAuth Server-to-Server credential in the Developer Console and download again.</source>
        <translation>The file contains a JWT (Service Account) credential, which reached end of life. Add an OAuth Server-to-Server credential in the Developer Console and download again.</translation>
    </message>
    <message>
        <source>JWT credentials reached end of life on 30 June 2025: new ones work only in the training sandbox. Choose OAuth Server-to-Server.</source>
        <translation>JWT credentials reached end of life on 30 June 2025: new ones work only in the training sandbox. Choose OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>%1 has expired. Create a new certificate.</source>
        <translation>%1 has expired. Create a new certificate.</translation>
    </message>
    <message>
        <source>Enter the client secret again: Properties → &quot;Enter the client secret again…&quot;, or ims-wizard set-secret NAME --secret-stdin. The configuration is kept, marked &quot;secret missing&quot;.</source>
        <translation>Enter the client secret again: Properties → &quot;Enter the client secret again…&quot;, or ims-wizard set-secret NAME --secret-stdin. The configuration is kept, marked &quot;secret missing&quot;.</translation>
    </message>
    <message>
        <source>The keychain is locked, so the secret can be neither read nor stored. Nothing was saved without it.</source>
        <translation>The keychain is locked, so the secret can be neither read nor stored. Nothing was saved without it.</translation>
    </message>
    <message>
        <source>Unlock the keychain (for example the &quot;Login&quot; keyring in Passwords and Keys), then try again.</source>
        <translation>Unlock the keychain (for example the &quot;Login&quot; keyring in Passwords and Keys), then try again.</translation>
    </message>
    <message>
        <source>The keychain refused access, so the secret can be neither read nor stored. Nothing was saved without it.</source>
        <translation>The keychain refused access, so the secret can be neither read nor stored. Nothing was saved without it.</translation>
    </message>
    <message>
        <source>Allow IMS Wizard to use the keychain (answer the keychain&apos;s prompt, or check its access settings), then try again.</source>
        <translation>Allow IMS Wizard to use the keychain (answer the keychain&apos;s prompt, or check its access settings), then try again.</translation>
    </message>
    <message>
        <source>Certificate for another server</source>
        <translation>Certificate for another server</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was made for a different host name than the authorization server URL, so the connection was not made and no secret was sent.</source>
        <translation>The server&apos;s TLS certificate was made for a different host name than the authorization server URL, so the connection was not made and no secret was sent.</translation>
    </message>
    <message>
        <source>Check the authorization server URL for typos (for example ims-na1.adobelogin.com), and whether a proxy or DNS entry sends the request to another server.</source>
        <translation>Check the authorization server URL for typos (for example ims-na1.adobelogin.com), and whether a proxy or DNS entry sends the request to another server.</translation>
    </message>
    <message>
        <source>Server certificate expired</source>
        <translation>Server certificate expired</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is outside its validity period, so the connection was not made and no secret was sent.</source>
        <translation>The server&apos;s TLS certificate is outside its validity period, so the connection was not made and no secret was sent.</translation>
    </message>
    <message>
        <source>First check this computer&apos;s date and time. If they are right, the server (or a proxy in between) presents an expired certificate: tell its operator.</source>
        <translation>First check this computer&apos;s date and time. If they are right, the server (or a proxy in between) presents an expired certificate: tell its operator.</translation>
    </message>
    <message>
        <source>Answer interrupted</source>
        <translation>Answer interrupted</translation>
    </message>
    <message>
        <source>The server started to answer, but the connection broke before the answer was complete. Nothing was saved.</source>
        <translation>The server started to answer, but the connection broke before the answer was complete. Nothing was saved.</translation>
    </message>
    <message>
        <source>Check again. If it keeps happening, an unstable network, a VPN or a proxy is cutting the connection.</source>
        <translation>Check again. If it keeps happening, an unstable network, a VPN or a proxy is cutting the connection.</translation>
    </message>
    <message>
        <source>Answer too slow</source>
        <translation>Answer too slow</translation>
    </message>
    <message>
        <source>The server started to answer but sent it so slowly that it did not complete in time. Nothing was saved.</source>
        <translation>The server started to answer but sent it so slowly that it did not complete in time. Nothing was saved.</translation>
    </message>
    <message>
        <source>Check again later. A congested network, a throttling proxy or an overloaded server can cause this.</source>
        <translation>Check again later. A congested network, a throttling proxy or an overloaded server can cause this.</translation>
    </message>
    <message>
        <source>Malformed token request</source>
        <translation>Malformed token request</translation>
    </message>
    <message>
        <source>Adobe IMS could not read the token request (invalid_request): a parameter is missing or malformed.</source>
        <translation>Adobe IMS could not read the token request (invalid_request): a parameter is missing or malformed.</translation>
    </message>
    <message>
        <source>Check that the authorization server is the IMS base URL only, and that no proxy rewrites the request body.</source>
        <translation>Check that the authorization server is the IMS base URL only, and that no proxy rewrites the request body.</translation>
    </message>
    <message>
        <source>Grant type not supported</source>
        <translation>Grant type not supported</translation>
    </message>
    <message>
        <source>Adobe IMS does not accept this grant type for the credential (unsupported_grant_type).</source>
        <translation>Adobe IMS does not accept this grant type for the credential (unsupported_grant_type).</translation>
    </message>
    <message>
        <source>Use an OAuth Server-to-Server credential (client_credentials) from the Developer Console, not a user-login (OAuth Web App or Single-Page App) credential.</source>
        <translation>Use an OAuth Server-to-Server credential (client_credentials) from the Developer Console, not a user-login (OAuth Web App or Single-Page App) credential.</translation>
    </message>
    <message>
        <source>Clock out of step</source>
        <translation>Clock out of step</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) behind the server&apos;s (from the server&apos;s Date header).</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n second behind the server&apos;s (from the server&apos;s Date header).</numerusform>
            <numerusform>This computer&apos;s clock is %n seconds behind the server&apos;s (from the server&apos;s Date header).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) ahead of the server&apos;s (from the server&apos;s Date header).</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n second ahead of the server&apos;s (from the server&apos;s Date header).</numerusform>
            <numerusform>This computer&apos;s clock is %n seconds ahead of the server&apos;s (from the server&apos;s Date header).</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on automatic time (NTP) for this computer. OAuth tokens still work, but their expiry times look shifted, and JWT credentials are rejected beyond about 30 seconds.</source>
        <translation>Turn on automatic time (NTP) for this computer. OAuth tokens still work, but their expiry times look shifted, and JWT credentials are rejected beyond about 30 seconds.</translation>
    </message>
    <message>
        <source>Proxy sign-in failed</source>
        <translation>Proxy sign-in failed</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password, and none were set or it rejected them. The same password is not sent again, so the proxy account is not locked.</source>
        <translation>The proxy asks for a user name and password, and none were set or it rejected them. The same password is not sent again, so the proxy account is not locked.</translation>
    </message>
    <message>
        <source>Open Network settings and enter the proxy user name and password again (ask your network administrator which account to use).</source>
        <translation>Open Network settings and enter the proxy user name and password again (ask your network administrator which account to use).</translation>
    </message>
    <message>
        <source>Proxy not reachable</source>
        <translation>Proxy not reachable</translation>
    </message>
    <message>
        <source>The proxy could not be reached, or it refused the connection.</source>
        <translation>The proxy could not be reached, or it refused the connection.</translation>
    </message>
    <message>
        <source>Check the proxy host and port in Network settings, or choose &quot;System proxy&quot; or &quot;No proxy&quot; there.</source>
        <translation>Check the proxy host and port in Network settings, or choose &quot;System proxy&quot; or &quot;No proxy&quot; there.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Untrusted certificate</translation>
    </message>
    <message>
        <source>The server presented a certificate chain that this computer does not trust, so no secret was sent. A corporate proxy that inspects TLS is the usual cause: the certificates below show who signed it.</source>
        <translation>The server presented a certificate chain that this computer does not trust, so no secret was sent. A corporate proxy that inspects TLS is the usual cause: the certificates below show who signed it.</translation>
    </message>
    <message>
        <source>If the issuer is your company&apos;s proxy, ask for its CA certificate and add it in Network settings (it is trusted for IMS connections only). Otherwise do not continue: someone may be intercepting the connection. Verification is never turned off.</source>
        <translation>If the issuer is your company&apos;s proxy, ask for its CA certificate and add it in Network settings (it is trusted for IMS connections only). Otherwise do not continue: someone may be intercepting the connection. Verification is never turned off.</translation>
    </message>
    <message>
        <source>Certificates presented (first is the server&apos;s):</source>
        <translation>Certificates presented (first is the server&apos;s):</translation>
    </message>
    <message>
        <source>%1. Subject: %2</source>
        <translation>%1. Subject: %2</translation>
    </message>
    <message>
        <source>   Issuer: %1</source>
        <translation>   Issuer: %1</translation>
    </message>
    <message>
        <source>   SHA-256: %1</source>
        <translation>   SHA-256: %1</translation>
    </message>
    <message>
        <source>   Valid: %1 to %2</source>
        <translation>   Valid: %1 to %2</translation>
    </message>
    <message>
        <source>Target refused: product role</source>
        <translation>Target refused: product role</translation>
    </message>
    <message>
        <source>Adobe Target accepted the token but refused the request: the credential&apos;s technical account has the Target product role Observer (or none), which may only read.</source>
        <translation>Adobe Target accepted the token but refused the request: the credential&apos;s technical account has the Target product role Observer (or none), which may only read.</translation>
    </message>
    <message>
        <source>In the Admin Console, open Adobe Target, the product profile of this credential, and give the technical account (API credentials) the role Editor. Then connect again.</source>
        <translation>In the Admin Console, open Adobe Target, the product profile of this credential, and give the technical account (API credentials) the role Editor. Then connect again.</translation>
    </message>
    <message>
        <source>Unknown Target tenant</source>
        <translation>Unknown Target tenant</translation>
    </message>
    <message>
        <source>Adobe Target does not know this Tenant ID.</source>
        <translation>Adobe Target does not know this Tenant ID.</translation>
    </message>
    <message>
        <source>Copy the tenant from the Experience Cloud address (the part after @ in experience.adobe.com/#/@tenant/target) into Tenant ID.</source>
        <translation>Copy the tenant from the Experience Cloud address (the part after @ in experience.adobe.com/#/@tenant/target) into Tenant ID.</translation>
    </message>
    <message>
        <source>A Brand Portal configuration exists</source>
        <translation>A Brand Portal configuration exists</translation>
    </message>
    <message>
        <source>AEM allows exactly one Brand Portal IMS configuration.</source>
        <translation>AEM allows exactly one Brand Portal IMS configuration.</translation>
    </message>
    <message>
        <source>Replace the existing configuration, or cancel and edit it instead.</source>
        <translation>Replace the existing configuration, or cancel and edit it instead.</translation>
    </message>
    <message>
        <source>AEM version</source>
        <translation>AEM version</translation>
    </message>
    <message>
        <source>Cloud service setting</source>
        <translation>Cloud service setting</translation>
    </message>
    <message>
        <source>AEM 6.3 or earlier</source>
        <translation>AEM 6.3 or earlier</translation>
    </message>
    <message>
        <source>AEM 6.4, or 6.5 before SP20</source>
        <translation>AEM 6.4, or 6.5 before SP20</translation>
    </message>
    <message>
        <source>AEM 6.5 SP20 or later (or with the hotfix)</source>
        <translation>AEM 6.5 SP20 or later (or with the hotfix)</translation>
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
        <translation>Consent to replace the existing Brand Portal configuration</translation>
    </message>
    <message>
        <source>AEM 6.3 and earlier have no IMS configuration for this solution; only Adobe I/O Events has a legacy Cloud Services configuration there. Choose a newer AEM version or Adobe I/O Events.</source>
        <translation>AEM 6.3 and earlier have no IMS configuration for this solution; only Adobe I/O Events has a legacy Cloud Services configuration there. Choose a newer AEM version or Adobe I/O Events.</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server needs AEM 6.5 Service Pack 20 or later, or SP11–SP19 with the %1.</source>
        <translation>OAuth Server-to-Server needs AEM 6.5 Service Pack 20 or later, or SP11–SP19 with the %1.</translation>
    </message>
    <message>
        <source>Choose one of the values offered for %1.</source>
        <translation>Choose one of the values offered for %1.</translation>
    </message>
    <message>
        <source>%1 may contain only lower-case letters, digits, dashes and underscores.</source>
        <translation>%1 may contain only lower-case letters, digits, dashes and underscores.</translation>
    </message>
    <message>
        <source>%1 must look like https://&lt;tenant&gt;.brand-portal.adobe.com.</source>
        <translation>%1 must look like https://&lt;tenant&gt;.brand-portal.adobe.com.</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>migrate takes one NAME.</source>
        <translation>migrate takes one NAME.</translation>
    </message>
    <message>
        <source>%1 uses OAuth Server-to-Server already.</source>
        <translation>%1 uses OAuth Server-to-Server already.</translation>
    </message>
    <message>
        <source>%1 is the rollback copy of a migration; migrate the live configuration.</source>
        <translation>%1 is the rollback copy of a migration; migrate the live configuration.</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth client secret</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Developer Console credential download.</source>
        <translation>%1 is not a Developer Console credential download.</translation>
    </message>
    <message>
        <source>%1 does not belong to this configuration.</source>
        <translation>%1 does not belong to this configuration.</translation>
    </message>
    <message>
        <source>The OAuth credential&apos;s client secret is needed: give it with --secret-stdin or --secret-env VAR (or in the --credential download).</source>
        <translation>The OAuth credential&apos;s client secret is needed: give it with --secret-stdin or --secret-env VAR (or in the --credential download).</translation>
    </message>
    <message>
        <source>Not everything the OAuth configuration needs was given: --scopes LIST or --credential FILE (the OAuth credential&apos;s Developer Console download).</source>
        <translation>Not everything the OAuth configuration needs was given: --scopes LIST or --credential FILE (the OAuth credential&apos;s Developer Console download).</translation>
    </message>
    <message>
        <source>The migration cannot go ahead; nothing was changed.</source>
        <translation>The migration cannot go ahead; nothing was changed.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Checking the OAuth credential of %1…</source>
        <translation>Checking the OAuth credential of %1…</translation>
    </message>
    <message>
        <source>The OAuth credential does not work yet; nothing was changed.</source>
        <translation>The OAuth credential does not work yet; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 changed meanwhile or was migrated already; nothing was changed.</source>
        <translation>%1 changed meanwhile or was migrated already; nothing was changed.</translation>
    </message>
    <message>
        <source>Migrated %1 to OAuth Server-to-Server; the token check passed.</source>
        <translation>Migrated %1 to OAuth Server-to-Server; the token check passed.</translation>
    </message>
    <message>
        <source>The JWT configuration is kept as the rollback copy %1.</source>
        <translation>The JWT configuration is kept as the rollback copy %1.</translation>
    </message>
    <message>
        <source>Next: update AEM&apos;s IMS configuration (for example with `ims-wizard export %1 --format osgi`).</source>
        <translation>Next: update AEM&apos;s IMS configuration (for example with `ims-wizard export %1 --format osgi`).</translation>
    </message>
    <message>
        <source>Migrate a JWT configuration to OAuth Server-to-Server.</source>
        <translation>Migrate a JWT configuration to OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>Turns a JWT configuration into OAuth Server-to-Server after the OAuth credential was added to the project in the Adobe Developer Console. Client ID, organization, technical account, solution and title carry over; the OAuth client secret comes from stdin or an environment variable, the scopes from --scopes or the credential&apos;s download (--credential). A real token request proves the new credential before anything changes; then the secret goes to the keychain and the configuration is switched, keeping the JWT configuration as a rollback copy. On any failure nothing changes.</source>
        <translation>Turns a JWT configuration into OAuth Server-to-Server after the OAuth credential was added to the project in the Adobe Developer Console. Client ID, organization, technical account, solution and title carry over; the OAuth client secret comes from stdin or an environment variable, the scopes from --scopes or the credential&apos;s download (--credential). A real token request proves the new credential before anything changes; then the secret goes to the keychain and the configuration is switched, keeping the JWT configuration as a rollback copy. On any failure nothing changes.</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from stdin.</source>
        <translation>Read the OAuth client secret from stdin.</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from the environment variable &lt;var&gt;.</source>
        <translation>Read the OAuth client secret from the environment variable &lt;var&gt;.</translation>
    </message>
    <message>
        <source>The OAuth credential&apos;s scopes, comma-separated.</source>
        <translation>The OAuth credential&apos;s scopes, comma-separated.</translation>
    </message>
    <message>
        <source>The OAuth credential&apos;s Developer Console download (JSON): scopes, and the secret unless given otherwise.</source>
        <translation>The OAuth credential&apos;s Developer Console download (JSON): scopes, and the secret unless given otherwise.</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Token retrieved successfully</source>
        <translation>Token retrieved successfully</translation>
    </message>
    <message>
        <source>Migrate to OAuth Server-to-Server</source>
        <translation>Migrate to OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>In the Developer Console, add an OAuth Server-to-Server credential to the same project. It keeps the client ID, technical account, APIs and product profiles; only the secret and the scopes are new.</source>
        <translation>In the Developer Console, add an OAuth Server-to-Server credential to the same project. It keeps the client ID, technical account, APIs and product profiles; only the secret and the scopes are new.</translation>
    </message>
    <message>
        <source>Carries over: %1</source>
        <translation>Carries over: %1</translation>
    </message>
    <message>
        <source>From the Developer Console: %1. Metascopes do not map to scopes one to one: take the scopes the console lists.</source>
        <translation>From the Developer Console: %1. Metascopes do not map to scopes one to one: take the scopes the console lists.</translation>
    </message>
    <message>
        <source>The JWT configuration and its private key are kept as a rollback copy until you delete it.</source>
        <translation>The JWT configuration and its private key are kept as a rollback copy until you delete it.</translation>
    </message>
    <message>
        <source>OAuth credential</source>
        <translation>OAuth credential</translation>
    </message>
    <message>
        <source>Paste the credential&apos;s &quot;Download JSON&quot;, or copy the client secret and the scopes from the Developer Console.</source>
        <translation>Paste the credential&apos;s &quot;Download JSON&quot;, or copy the client secret and the scopes from the Developer Console.</translation>
    </message>
    <message>
        <source>Add the OAuth credential in the &amp;sandbox</source>
        <translation>Add the OAuth credential in the &amp;sandbox</translation>
    </message>
    <message>
        <source>Stands in for the Developer Console: converts the sandbox credential and fills its OAuth secret and scopes</source>
        <translation>Stands in for the Developer Console: converts the sandbox credential and fills its OAuth secret and scopes</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth client secret</translation>
    </message>
    <message>
        <source>OAuth client s&amp;ecret:</source>
        <translation>OAuth client s&amp;ecret:</translation>
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
        <translation>This credential is not one of the sandbox&apos;s.</translation>
    </message>
    <message>
        <source>The sandbox credential now has an OAuth credential; its JWT exchange answers as a converted one does.</source>
        <translation>The sandbox credential now has an OAuth credential; its JWT exchange answers as a converted one does.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>The new OAuth credential must return a token. The old JWT credential is checked beside it, for comparison.</source>
        <translation>The new OAuth credential must return a token. The old JWT credential is checked beside it, for comparison.</translation>
    </message>
    <message>
        <source>New: OAuth Server-to-Server</source>
        <translation>New: OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Old: JWT</source>
        <translation>Old: JWT</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Expected once the credential is converted.</source>
        <translation>Expected once the credential is converted.</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>Requesting a token…</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Not checked: %1</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Replace the JWT configuration with the OAuth one. The JWT configuration is kept as a rollback copy; &quot;Roll back migration&quot; in the console undoes the switch until you delete the copy.</source>
        <translation>Replace the JWT configuration with the OAuth one. The JWT configuration is kept as a rollback copy; &quot;Roll back migration&quot; in the console undoes the switch until you delete the copy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will use OAuth Server-to-Server with the scopes %2.</source>
        <translation>&quot;%1&quot; will use OAuth Server-to-Server with the scopes %2.</translation>
    </message>
    <message>
        <source>Migrate &quot;%1&quot; to OAuth</source>
        <translation>Migrate &quot;%1&quot; to OAuth</translation>
    </message>
    <message>
        <source>S&amp;witch to OAuth</source>
        <translation>S&amp;witch to OAuth</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>not a Developer Console download.</source>
        <translation>not a Developer Console download.</translation>
    </message>
    <message>
        <source>Not imported: this is a JWT credential. Download the OAuth Server-to-Server credential.</source>
        <translation>Not imported: this is a JWT credential. Download the OAuth Server-to-Server credential.</translation>
    </message>
    <message>
        <source>Took the secret and scopes from the OAuth credential.</source>
        <translation>Took the secret and scopes from the OAuth credential.</translation>
    </message>
    <message>
        <source>Not switched; nothing was changed. %1: %2 %3</source>
        <translation>Not switched; nothing was changed. %1: %2 %3</translation>
    </message>
    <message>
        <source>Paste &amp;JSON</source>
        <translation>Paste &amp;JSON</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Network settings</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>Use the &amp;system proxy settings</translation>
    </message>
    <message>
        <source>Use &amp;this proxy:</source>
        <translation>Use &amp;this proxy:</translation>
    </message>
    <message>
        <source>&amp;No proxy (connect directly)</source>
        <translation>&amp;No proxy (connect directly)</translation>
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
        <translation>only when the proxy asks for one</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unchanged (kept in the keychain)</translation>
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
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Corporate TLS inspection</source>
        <translation>Corporate TLS inspection</translation>
    </message>
    <message>
        <source>If your company&apos;s proxy inspects TLS, add its CA certificate here. It is trusted for connections to Adobe IMS only, never for anything else, and certificate verification is never turned off.</source>
        <translation>If your company&apos;s proxy inspects TLS, add its CA certificate here. It is trusted for connections to Adobe IMS only, never for anything else, and certificate verification is never turned off.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&amp;CA certificate (PEM):</source>
        <translation>&amp;CA certificate (PEM):</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>CA certificate of the proxy</source>
        <translation>CA certificate of the proxy</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Enter the proxy port (1 to 65535).</source>
        <translation>Enter the proxy port (1 to 65535).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: enter a number from 1 to 65535.</source>
        <translation>&quot;%1&quot; is not a port: enter a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Enter the password for the proxy user %1.</source>
        <translation>Enter the password for the proxy user %1.</translation>
    </message>
    <message>
        <source>Enter the proxy user the password belongs to.</source>
        <translation>Enter the proxy user the password belongs to.</translation>
    </message>
    <message>
        <source>The proxy password could not be saved: %1 %2</source>
        <translation>The proxy password could not be saved: %1 %2</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Enter the proxy host.</source>
        <translation>Enter the proxy host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address. Enter it without http:// and without a port, for example proxy.example.com.</source>
        <translation>&quot;%1&quot; is not a host name or address. Enter it without http:// and without a port, for example proxy.example.com.</translation>
    </message>
    <message>
        <source>Enter the proxy port (1 to 65535).</source>
        <translation>Enter the proxy port (1 to 65535).</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation>Cannot read the CA certificate file %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (expected PEM or DER).</source>
        <translation>%1 holds no certificate (expected PEM or DER).</translation>
    </message>
    <message>
        <source>The proxy password for %1 is not in the keychain.</source>
        <translation>The proxy password for %1 is not in the keychain.</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Properties — %1</source>
        <translation>Properties — %1</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated): read-only, as in AEM. Adobe ended JWT credentials on 30 June 2025; migrate this configuration to OAuth Server-to-Server.</source>
        <translation>JWT Credentials (deprecated): read-only, as in AEM. Adobe ended JWT credentials on 30 June 2025; migrate this configuration to OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>&amp;Migrate to OAuth…</source>
        <translation>&amp;Migrate to OAuth…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Cloud solution:</source>
        <translation>Cloud solution:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentication:</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT Credentials (deprecated)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>Authorization server:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client secret:</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>saved in the keychain</translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation>Organization ID:</translation>
    </message>
    <message>
        <source>Technical account ID:</source>
        <translation>Technical account ID:</translation>
    </message>
    <message>
        <source>Technical account email:</source>
        <translation>Technical account email:</translation>
    </message>
    <message>
        <source>Metascopes:</source>
        <translation>Metascopes:</translation>
    </message>
    <message>
        <source>Certificate alias:</source>
        <translation>Certificate alias:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1 fingerprint:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
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
        <translation>Enter the client secret &amp;again…</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>New client secret</translation>
    </message>
    <message>
        <source>Save in &amp;keychain</source>
        <translation>Save in &amp;keychain</translation>
    </message>
    <message>
        <source>&amp;New client secret:</source>
        <translation>&amp;New client secret:</translation>
    </message>
    <message>
        <source>missing from the keychain — enter it again</source>
        <translation>missing from the keychain — enter it again</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>AEM version:</source>
        <translation>AEM version:</translation>
    </message>
    <message>
        <source>Cloud Services (legacy):</source>
        <translation>Cloud Services (legacy):</translation>
    </message>
    <message>
        <source>Cloud service:</source>
        <translation>Cloud service:</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Runs the IMS Wizard training sandbox: a local HTTPS IMS with a sample organisation, for demonstrations and tests.</source>
        <translation>Runs the IMS Wizard training sandbox: a local HTTPS IMS with a sample organisation, for demonstrations and tests.</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:&lt;port&gt; (0: any free port).</source>
        <translation>Listen on 127.0.0.1:&lt;port&gt; (0: any free port).</translation>
    </message>
    <message>
        <source>Keep the CA, certificate and signing key in &lt;dir&gt;.</source>
        <translation>Keep the CA, certificate and signing key in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Print every sample credential (with its training secret) as JSON and exit.</source>
        <translation>Print every sample credential (with its training secret) as JSON and exit.</translation>
    </message>
    <message>
        <source>After starting, issue an AEM as a Cloud Service service credential (JWT exchange) and print it as JSON before the banner. Its private key is a training key made on the spot: it is bound only to this running sandbox and is worthless anywhere else.</source>
        <translation>After starting, issue an AEM as a Cloud Service service credential (JWT exchange) and print it as JSON before the banner. Its private key is a training key made on the spot: it is bound only to this running sandbox and is worthless anywhere else.</translation>
    </message>
    <message>
        <source>Not a port number: %1</source>
        <translation>Not a port number: %1</translation>
    </message>
    <message>
        <source>Warning: SIGINT/SIGTERM will not stop the sandbox cleanly.</source>
        <translation>Warning: SIGINT/SIGTERM will not stop the sandbox cleanly.</translation>
    </message>
    <message>
        <source>Could not issue a service credential: %1</source>
        <translation>Could not issue a service credential: %1</translation>
    </message>
    <message>
        <source>The service credential above carries a training key: it works only against this sandbox, and only while it runs.</source>
        <translation>The service credential above carries a training key: it works only against this sandbox, and only while it runs.</translation>
    </message>
    <message>
        <source>Client secrets and scopes: ims-sandbox --print-credentials</source>
        <translation>Client secrets and scopes: ims-sandbox --print-credentials</translation>
    </message>
    <message>
        <source>List the fault modes and exit.</source>
        <translation>List the fault modes and exit.</translation>
    </message>
    <message>
        <source>Simulating the fault mode: %1</source>
        <translation>Simulating the fault mode: %1</translation>
    </message>
    <message>
        <source>Answer 429 after &lt;n&gt; token requests per client and minute (default 30).</source>
        <translation>Answer 429 after &lt;n&gt; token requests per client and minute (default 30).</translation>
    </message>
    <message>
        <source>Not a positive number: %1</source>
        <translation>Not a positive number: %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>sandbox takes no arguments.</source>
        <translation>sandbox takes no arguments.</translation>
    </message>
    <message>
        <source>Not a port number: %1</source>
        <translation>Not a port number: %1</translation>
    </message>
    <message>
        <source>The training sandbox could not start: %1</source>
        <translation>The training sandbox could not start: %1</translation>
    </message>
    <message>
        <source>Warning: SIGINT/SIGTERM will not stop the sandbox cleanly.</source>
        <translation>Warning: SIGINT/SIGTERM will not stop the sandbox cleanly.</translation>
    </message>
    <message>
        <source>Client secrets and scopes (training values): ims-wizard sandbox --print-credentials</source>
        <translation>Client secrets and scopes (training values): ims-wizard sandbox --print-credentials</translation>
    </message>
    <message>
        <source>Run the training sandbox in the foreground.</source>
        <translation>Run the training sandbox in the foreground.</translation>
    </message>
    <message>
        <source>Runs the training sandbox (a local HTTPS IMS with a sample organisation) until Ctrl+C, and prints its URL, its CA certificate and the sample client ids. Other commands use it with --sandbox-url URL --sandbox-ca FILE.</source>
        <translation>Runs the training sandbox (a local HTTPS IMS with a sample organisation) until Ctrl+C, and prints its URL, its CA certificate and the sample client ids. Other commands use it with --sandbox-url URL --sandbox-ca FILE.</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:&lt;port&gt; (0: any free port).</source>
        <translation>Listen on 127.0.0.1:&lt;port&gt; (0: any free port).</translation>
    </message>
    <message>
        <source>Keep the CA, certificate and signing key in &lt;dir&gt;.</source>
        <translation>Keep the CA, certificate and signing key in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Print every sample credential, with its training client secret, as Developer Console JSON and exit.</source>
        <translation>Print every sample credential, with its training client secret, as Developer Console JSON and exit.</translation>
    </message>
    <message>
        <source>List the fault modes and exit.</source>
        <translation>List the fault modes and exit.</translation>
    </message>
</context>
<context>
    <name>SandboxConsole</name>
    <message>
        <source>Training sandbox listening on %1</source>
        <translation>Training sandbox listening on %1</translation>
    </message>
    <message>
        <source>CA certificate: %1</source>
        <translation>CA certificate: %1</translation>
    </message>
    <message>
        <source>Sample clients of organisation %1:</source>
        <translation>Sample clients of organisation %1:</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>solution</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>client id</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Stop with Ctrl+C.</translation>
    </message>
    <message>
        <source>Simulate a problem on every token request (trainers; list them with --list-faults). One request can also ask for one with the client id sandbox-fault-&lt;name&gt;.</source>
        <translation>Simulate a problem on every token request (trainers; list them with --list-faults). One request can also ask for one with the client id sandbox-fault-&lt;name&gt;.</translation>
    </message>
    <message>
        <source>(whole sandbox only, not by client id)</source>
        <translation>(whole sandbox only, not by client id)</translation>
    </message>
    <message>
        <source>Unknown fault mode: %1. See --list-faults.</source>
        <translation>Unknown fault mode: %1. See --list-faults.</translation>
    </message>
</context>
<context>
    <name>SandboxFaultSelector</name>
    <message>
        <source>No answer (timeout)</source>
        <translation>No answer (timeout)</translation>
    </message>
    <message>
        <source>The sandbox reads the request and never answers, like a server behind a dead proxy.</source>
        <translation>The sandbox reads the request and never answers, like a server behind a dead proxy.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>The sandbox stops listening: like a wrong port or a firewall that rejects the connection.</source>
        <translation>The sandbox stops listening: like a wrong port or a firewall that rejects the connection.</translation>
    </message>
    <message>
        <source>Connection reset mid-answer</source>
        <translation>Connection reset mid-answer</translation>
    </message>
    <message>
        <source>The sandbox starts a token answer and resets the connection halfway, like an unstable VPN.</source>
        <translation>The sandbox starts a token answer and resets the connection halfway, like an unstable VPN.</translation>
    </message>
    <message>
        <source>Very slow answer</source>
        <translation>Very slow answer</translation>
    </message>
    <message>
        <source>The sandbox sends its answer one byte at a time, too slowly to finish in time.</source>
        <translation>The sandbox sends its answer one byte at a time, too slowly to finish in time.</translation>
    </message>
    <message>
        <source>Certificate from an untrusted CA</source>
        <translation>Certificate from an untrusted CA</translation>
    </message>
    <message>
        <source>The sandbox presents a certificate from an unknown CA, as a TLS-inspecting corporate proxy does.</source>
        <translation>The sandbox presents a certificate from an unknown CA, as a TLS-inspecting corporate proxy does.</translation>
    </message>
    <message>
        <source>Certificate for another host</source>
        <translation>Certificate for another host</translation>
    </message>
    <message>
        <source>The sandbox presents a certificate made for a different host name.</source>
        <translation>The sandbox presents a certificate made for a different host name.</translation>
    </message>
    <message>
        <source>Expired server certificate</source>
        <translation>Expired server certificate</translation>
    </message>
    <message>
        <source>The sandbox presents a certificate that expired yesterday.</source>
        <translation>The sandbox presents a certificate that expired yesterday.</translation>
    </message>
    <message>
        <source>Unknown client ID (400)</source>
        <translation>Unknown client ID (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_client &quot;invalid client_id parameter&quot;: a mistyped client ID.</source>
        <translation>IMS answers 400 invalid_client &quot;invalid client_id parameter&quot;: a mistyped client ID.</translation>
    </message>
    <message>
        <source>Wrong client secret (400)</source>
        <translation>Wrong client secret (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_client &quot;invalid client_secret parameter&quot;: a wrong or rotated secret.</source>
        <translation>IMS answers 400 invalid_client &quot;invalid client_secret parameter&quot;: a wrong or rotated secret.</translation>
    </message>
    <message>
        <source>Scope not granted (400)</source>
        <translation>Scope not granted (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_scope: a scope the credential does not have.</source>
        <translation>IMS answers 400 invalid_scope: a scope the credential does not have.</translation>
    </message>
    <message>
        <source>JWT rejected (400)</source>
        <translation>JWT rejected (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_token &quot;JWT expired&quot;: a legacy JWT signed with a wrong clock.</source>
        <translation>IMS answers 400 invalid_token &quot;JWT expired&quot;: a legacy JWT signed with a wrong clock.</translation>
    </message>
    <message>
        <source>JWT key not uploaded (400)</source>
        <translation>JWT key not uploaded (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_token &quot;Could not match JWT signature to any of the bindings&quot;.</source>
        <translation>IMS answers 400 invalid_token &quot;Could not match JWT signature to any of the bindings&quot;.</translation>
    </message>
    <message>
        <source>Invalid JWT signature (400)</source>
        <translation>Invalid JWT signature (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_signature.</source>
        <translation>IMS answers 400 invalid_signature.</translation>
    </message>
    <message>
        <source>Bad request (400)</source>
        <translation>Bad request (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 bad_request: a malformed organization or technical account ID.</source>
        <translation>IMS answers 400 bad_request: a malformed organization or technical account ID.</translation>
    </message>
    <message>
        <source>Malformed request (400)</source>
        <translation>Malformed request (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_request: a request body IMS cannot read.</source>
        <translation>IMS answers 400 invalid_request: a request body IMS cannot read.</translation>
    </message>
    <message>
        <source>Wrong credential type (400)</source>
        <translation>Wrong credential type (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 unsupported_grant_type: a user-login credential used for server-to-server.</source>
        <translation>IMS answers 400 unsupported_grant_type: a user-login credential used for server-to-server.</translation>
    </message>
    <message>
        <source>Client not authorized (401)</source>
        <translation>Client not authorized (401)</translation>
    </message>
    <message>
        <source>IMS answers 401 invalid_client: the credential lacks the API this configuration needs.</source>
        <translation>IMS answers 401 invalid_client: the credential lacks the API this configuration needs.</translation>
    </message>
    <message>
        <source>Too many requests (429)</source>
        <translation>Too many requests (429)</translation>
    </message>
    <message>
        <source>IMS answers 429 with Retry-After: 120.</source>
        <translation>IMS answers 429 with Retry-After: 120.</translation>
    </message>
    <message>
        <source>IMS internal error (500)</source>
        <translation>IMS internal error (500)</translation>
    </message>
    <message>
        <source>IMS answers 500 internal_error &quot;Please try again later&quot;.</source>
        <translation>IMS answers 500 internal_error &quot;Please try again later&quot;.</translation>
    </message>
    <message>
        <source>Captive portal page</source>
        <translation>Captive portal page</translation>
    </message>
    <message>
        <source>An HTML page answers instead of IMS, like a hotel or guest network&apos;s login page.</source>
        <translation>An HTML page answers instead of IMS, like a hotel or guest network&apos;s login page.</translation>
    </message>
    <message>
        <source>Answer without a token</source>
        <translation>Answer without a token</translation>
    </message>
    <message>
        <source>A 200 answer in JSON without an access_token: another service answers in IMS&apos;s place.</source>
        <translation>A 200 answer in JSON without an access_token: another service answers in IMS&apos;s place.</translation>
    </message>
    <message>
        <source>50 MB answer</source>
        <translation>50 MB answer</translation>
    </message>
    <message>
        <source>The server sends 50 MB; the wizard reads at most 1 MB of any answer.</source>
        <translation>The server sends 50 MB; the wizard reads at most 1 MB of any answer.</translation>
    </message>
    <message>
        <source>Redirect to another host</source>
        <translation>Redirect to another host</translation>
    </message>
    <message>
        <source>The server redirects the token request to another host; the wizard never re-sends the secret.</source>
        <translation>The server redirects the token request to another host; the wizard never re-sends the secret.</translation>
    </message>
    <message>
        <source>Server clock 10 minutes off</source>
        <translation>Server clock 10 minutes off</translation>
    </message>
    <message>
        <source>The token is issued, but the server&apos;s clock is 10 minutes ahead: the wizard explains the skew.</source>
        <translation>The token is issued, but the server&apos;s clock is 10 minutes ahead: the wizard explains the skew.</translation>
    </message>
    <message>
        <source>Simulate a prob&amp;lem:</source>
        <translation>Simulate a prob&amp;lem:</translation>
    </message>
    <message>
        <source>None: the sandbox works normally</source>
        <translation>None: the sandbox works normally</translation>
    </message>
    <message>
        <source>For trainers: the next check meets this problem, so you can show its message.</source>
        <translation>For trainers: the next check meets this problem, so you can show its message.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not create the sandbox certificates: %1</source>
        <translation>Could not create the sandbox certificates: %1</translation>
    </message>
    <message>
        <source>Qt could not load the sandbox&apos;s TLS key or certificate.</source>
        <translation>Qt could not load the sandbox&apos;s TLS key or certificate.</translation>
    </message>
    <message>
        <source>Could not create the sandbox folder %1.</source>
        <translation>Could not create the sandbox folder %1.</translation>
    </message>
    <message>
        <source>Could not restrict access to the sandbox folder %1.</source>
        <translation>Could not restrict access to the sandbox folder %1.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1.</source>
        <translation>Could not listen on 127.0.0.1:%1.</translation>
    </message>
    <message>
        <source>Could not make the certificate for the fault mode: %1</source>
        <translation>Could not make the certificate for the fault mode: %1</translation>
    </message>
</context>
<context>
    <name>SetSecretCommand</name>
    <message>
        <source>set-secret takes one NAME.</source>
        <translation>set-secret takes one NAME.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>client secret</translation>
    </message>
    <message>
        <source>Give the client secret with --secret-stdin or --secret-env VAR.</source>
        <translation>Give the client secret with --secret-stdin or --secret-env VAR.</translation>
    </message>
    <message>
        <source>The client secret of %1 is in the keychain.</source>
        <translation>The client secret of %1 is in the keychain.</translation>
    </message>
    <message>
        <source>Put a configuration&apos;s client secret (back) into the keychain.</source>
        <translation>Put a configuration&apos;s client secret (back) into the keychain.</translation>
    </message>
    <message>
        <source>Stores the client secret of the configuration NAME in the keychain, for example after its keychain entry was deleted (the configuration shows &quot;secret missing&quot;) or after the secret was rotated in the Developer Console. The secret is read from stdin or from an environment variable, never from the command line. Nothing is changed when the keychain cannot store it.</source>
        <translation>Stores the client secret of the configuration NAME in the keychain, for example after its keychain entry was deleted (the configuration shows &quot;secret missing&quot;) or after the secret was rotated in the Developer Console. The secret is read from stdin or from an environment variable, never from the command line. Nothing is changed when the keychain cannot store it.</translation>
    </message>
    <message>
        <source>Read the client secret from stdin.</source>
        <translation>Read the client secret from stdin.</translation>
    </message>
    <message>
        <source>Read the client secret from the environment variable &lt;VAR&gt;.</source>
        <translation>Read the client secret from the environment variable &lt;VAR&gt;.</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>show takes one NAME.</source>
        <translation>show takes one NAME.</translation>
    </message>
    <message>
        <source>Show one configuration.</source>
        <translation>Show one configuration.</translation>
    </message>
    <message>
        <source>Shows every field of one configuration, its certificate (JWT) and health history. NAME is the configuration&apos;s id, its title (not case-sensitive) or a unique id prefix. Secrets are never shown, only where the keychain keeps them.</source>
        <translation>Shows every field of one configuration, its certificate (JWT) and health history. NAME is the configuration&apos;s id, its title (not case-sensitive) or a unique id prefix. Secrets are never shown, only where the keychain keeps them.</translation>
    </message>
</context>
<context>
    <name>SolutionPage</name>
    <message>
        <source>Cloud solution</source>
        <translation>Cloud solution</translation>
    </message>
    <message>
        <source>Choose the Adobe solution this IMS configuration connects AEM to.</source>
        <translation>Choose the Adobe solution this IMS configuration connects AEM to.</translation>
    </message>
    <message>
        <source>&amp;Cloud solution:</source>
        <translation>&amp;Cloud solution:</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>&amp;OAuth Server-to-Server (recommended)</source>
        <translation>&amp;OAuth Server-to-Server (recommended)</translation>
    </message>
    <message>
        <source>&amp;JWT Service Account (deprecated, end of life 30 June 2025)</source>
        <translation>&amp;JWT Service Account (deprecated, end of life 30 June 2025)</translation>
    </message>
    <message>
        <source>&amp;Use OAuth instead</source>
        <translation>&amp;Use OAuth instead</translation>
    </message>
    <message>
        <source>Typical OAuth scopes: %1</source>
        <translation>Typical OAuth scopes: %1</translation>
    </message>
    <message>
        <source>JWT metascope: %1</source>
        <translation>JWT metascope: %1</translation>
    </message>
    <message>
        <source>Afterwards in AEM: the %1 cloud service.</source>
        <translation>Afterwards in AEM: the %1 cloud service.</translation>
    </message>
    <message>
        <source>Adobe documentation</source>
        <translation>Adobe documentation</translation>
    </message>
    <message>
        <source>%1 (needs AEM 6.4 or later)</source>
        <translation>%1 (needs AEM 6.4 or later)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Name the configuration and save it. The client secret goes to the system keychain, never to a file.</source>
        <translation>Name the configuration and save it. The client secret goes to the system keychain, never to a file.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Cloud solution</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT Credentials (deprecated)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Authorization server</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>•••••••• (saved in the keychain)</source>
        <translation>•••••••• (saved in the keychain)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organization ID</translation>
    </message>
    <message>
        <source>Technical account ID</source>
        <translation>Technical account ID</translation>
    </message>
    <message>
        <source>Technical account email</source>
        <translation>Technical account email</translation>
    </message>
    <message>
        <source>Metascopes</source>
        <translation>Metascopes</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>%1 (SHA-1 %2)</source>
        <translation>%1 (SHA-1 %2)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Private key</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>saved in the keychain</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Health check</translation>
    </message>
    <message>
        <source>Token retrieved successfully</source>
        <translation>Token retrieved successfully</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Not saved. %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>error title: what happened, what to do</comment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>AEM version</source>
        <translation>AEM version</translation>
    </message>
    <message>
        <source>Cloud Services (legacy)</source>
        <translation>Cloud Services (legacy)</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Cloud service</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>the existing Brand Portal configuration</source>
        <translation>the existing Brand Portal configuration</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets up Adobe IMS integrations for AEM. Commands without a display: ims-wizard help.</source>
        <translation>Sets up Adobe IMS integrations for AEM. Commands without a display: ims-wizard help.</translation>
    </message>
    <message>
        <source>Start in the built-in training sandbox.</source>
        <translation>Start in the built-in training sandbox.</translation>
    </message>
    <message>
        <source>Keep configurations in &lt;dir&gt;.</source>
        <translation>Keep configurations in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: en, de, fr or ja.</source>
        <translation>Use the language &lt;code&gt;: en, de, fr or ja.</translation>
    </message>
    <message>
        <source>IMS Wizard</source>
        <translation>IMS Wizard</translation>
    </message>
    <message>
        <source>Another IMS Wizard is already using %1.</source>
        <translation>Another IMS Wizard is already using %1.</translation>
    </message>
    <message>
        <source>Training sandbox</source>
        <translation>Training sandbox</translation>
    </message>
    <message>
        <source>Adobe IMS (ims-na1.adobelogin.com) is not reachable from this computer.</source>
        <translation>Adobe IMS (ims-na1.adobelogin.com) is not reachable from this computer.</translation>
    </message>
    <message>
        <source>With --sandbox: simulate this problem (trainers; see ims-wizard sandbox --list-faults).</source>
        <translation>With --sandbox: simulate this problem (trainers; see ims-wizard sandbox --list-faults).</translation>
    </message>
    <message>
        <source>Unknown fault mode: %1.</source>
        <translation>Unknown fault mode: %1.</translation>
    </message>
    <message>
        <source>Open a new configuration&apos;s wizard and exit as soon as its first page has been painted (start-up benchmark).</source>
        <translation>Open a new configuration&apos;s wizard and exit as soon as its first page has been painted (start-up benchmark).</translation>
    </message>
</context>
</TS>
