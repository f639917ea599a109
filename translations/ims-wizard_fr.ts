<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AemVersionPage</name>
    <message>
        <source>AEM version</source>
        <translation>Version d’AEM</translation>
    </message>
    <message>
        <source>Which AEM will use this configuration? The version decides what AEM can store and which authentication it supports.</source>
        <translation>Quel AEM utilisera cette configuration ? La version détermine ce qu’AEM peut stocker et quelle authentification il prend en charge.</translation>
    </message>
    <message>
        <source>AEM &amp;version</source>
        <translation>&amp;Version d’AEM</translation>
    </message>
    <message>
        <source>AEM 6.3 or earlier</source>
        <translation>AEM 6.3 ou antérieur</translation>
    </message>
    <message>
        <source>AEM 6.4, or 6.5 before Service Pack 20</source>
        <translation>AEM 6.4, ou 6.5 avant le Service Pack 20</translation>
    </message>
    <message>
        <source>AEM 6.5 Service Pack 20 or later (or with the OAuth compatibility hotfix)</source>
        <translation>AEM 6.5 Service Pack 20 ou ultérieur (ou avec le correctif de compatibilité OAuth)</translation>
    </message>
    <message>
        <source>AEM as a Cloud Service</source>
        <translation>AEM as a Cloud Service</translation>
    </message>
    <message>
        <source>AEM 6.3 and earlier have no IMS configurations. The wizard prepares the legacy Cloud Services configuration instead (Adobe I/O Events: Link Externalizer alias, API key, technical account, organization, client secret) with a JWT certificate.</source>
        <translation>AEM 6.3 et versions antérieures n’ont pas de configurations IMS. L’assistant prépare à la place l’ancienne configuration Cloud Services (Adobe I/O Events : alias du Link Externalizer, clé d’API, compte technique, organisation, secret client) avec un certificat JWT.</translation>
    </message>
    <message>
        <source>This AEM stores IMS configurations with JWT only. For OAuth Server-to-Server install Service Pack 20 or, on SP11 to SP19, the %1, then choose the next option.</source>
        <translation>Cet AEM stocke les configurations IMS uniquement avec JWT. Pour OAuth Server-to-Server, installez le Service Pack 20 ou, de SP11 à SP19, le %1, puis choisissez l’option suivante.</translation>
    </message>
    <message>
        <source>IMS configuration with OAuth Server-to-Server, then the solution&apos;s cloud service configuration.</source>
        <translation>Configuration IMS avec OAuth Server-to-Server, puis la configuration du service cloud de la solution.</translation>
    </message>
    <message>
        <source>IMS configuration with OAuth Server-to-Server (deployable as code with $[secret:…] placeholders), then the solution&apos;s cloud service configuration.</source>
        <translation>Configuration IMS avec OAuth Server-to-Server (déployable en tant que code avec des espaces réservés $[secret:…]), puis la configuration du service cloud de la solution.</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>%1 is too large for a key or certificate file.</source>
        <translation>%1 est trop volumineux pour un fichier de clé ou de certificat.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>The JWT is signed with a private key; its certificate is uploaded to the credential in the Developer Console. Create a new pair, or use the one you have.</source>
        <translation>Le JWT est signé avec une clé privée ; son certificat est chargé dans les identifiants de l’Adobe Developer Console. Créez une nouvelle paire ou utilisez celle que vous avez.</translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation>Créer un nouveau certificat</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias :</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Taille de clé</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 bits</translation>
    </message>
    <message>
        <source>&amp;Key size:</source>
        <translation>Ta&amp;ille de clé :</translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation>Durée de validité en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valide pendant :</translation>
    </message>
    <message>
        <source>C&amp;reate certificate</source>
        <translation>C&amp;réer le certificat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Creating the key pair</source>
        <translation>Création de la paire de clés</translation>
    </message>
    <message>
        <source>Or use an existing key pair</source>
        <translation>Ou utiliser une paire de clés existante</translation>
    </message>
    <message>
        <source>config.&amp;zip…</source>
        <translation>config.&amp;zip…</translation>
    </message>
    <message>
        <source>The Developer Console&apos;s &quot;Generate a key pair&quot; download</source>
        <translation>Le téléchargement « Générer une paire de clés » de la Developer Console</translation>
    </message>
    <message>
        <source>PKCS#&amp;12 keystore…</source>
        <translation>Keystore PKCS#&amp;12…</translation>
    </message>
    <message>
        <source>Private key + certificate (&amp;PEM)…</source>
        <translation>Clé privée + certificat (&amp;PEM)…</translation>
    </message>
    <message>
        <source>AEM as a Cloud &amp;Service credential…</source>
        <translation>Identifiants AEM as a Cloud &amp;Service…</translation>
    </message>
    <message>
        <source>Passphrase or keystore password</source>
        <translation>Phrase secrète ou mot de passe du keystore</translation>
    </message>
    <message>
        <source>for PKCS#12 files and encrypted keys</source>
        <translation>pour les fichiers PKCS#12 et les clés chiffrées</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the SHA-1 fingerprint, as the Developer Console shows it</source>
        <translation>Copier l’empreinte SHA-1, telle que l’affiche la Developer Console</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>Empreinte SHA-1 :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu’au :</translation>
    </message>
    <message>
        <source>Save %1 for the Developer Console</source>
        <translation>Enregistrer %1 pour la Developer Console</translation>
    </message>
    <message>
        <source>E&amp;xport for AEM keystore (PKCS#12)…</source>
        <translation>E&amp;xporter pour le keystore AEM (PKCS#12)…</translation>
    </message>
    <message>
        <source>&amp;Upload to the training sandbox</source>
        <translation>Charger dans la sandbox de &amp;formation</translation>
    </message>
    <message>
        <source>Stands in for uploading the public key in the Developer Console</source>
        <translation>Remplace le chargement de la clé publique dans la Developer Console</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint copied.</source>
        <translation>Empreinte SHA-1 copiée.</translation>
    </message>
    <message>
        <source>Keys and certificates (*.key *.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Clés et certificats (*.key *.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import config.zip</source>
        <translation>Importer config.zip</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation>Archives ZIP (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import PKCS#12 keystore</source>
        <translation>Importer un keystore PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import AEM as a Cloud Service credential</source>
        <translation>Importer des identifiants AEM as a Cloud Service</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Choisir la clé privée</translation>
    </message>
    <message>
        <source>Choose its certificate</source>
        <translation>Choisir son certificat</translation>
    </message>
    <message>
        <source>Download public key</source>
        <translation>Télécharger la clé publique</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>Certificats (*.crt)</translation>
    </message>
    <message>
        <source>Enter a keystore password in &quot;Password&quot; first; AEM asks for it when you add the key.</source>
        <translation>Saisissez d’abord un mot de passe de keystore dans « Mot de passe » ; AEM le demande lorsque vous ajoutez la clé.</translation>
    </message>
    <message>
        <source>Export for AEM keystore</source>
        <translation>Exporter pour le keystore AEM</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Export an unencrypted private key?</source>
        <translation>Exporter une clé privée non chiffrée ?</translation>
    </message>
    <message>
        <source>The DER file holds the private key without any protection. Anyone with the file can sign as this integration. Prefer the PKCS#12 export; if AEM needs the DER file, delete it right after adding it to the keystore.</source>
        <translation>Le fichier DER contient la clé privée sans aucune protection. Toute personne disposant du fichier peut signer au nom de cette intégration. Préférez l’export PKCS#12 ; si AEM a besoin du fichier DER, supprimez-le dès qu’il a été ajouté au keystore.</translation>
    </message>
    <message>
        <source>Export private key (DER)</source>
        <translation>Exporter la clé privée (DER)</translation>
    </message>
    <message>
        <source>DER files (*.der)</source>
        <translation>Fichiers DER (*.der)</translation>
    </message>
    <message>
        <source>Creating an RSA %1 key pair…</source>
        <translation>Création d’une paire de clés RSA %1…</translation>
    </message>
    <message>
        <source>Cancelled. No certificate was created.</source>
        <translation>Annulé. Aucun certificat n’a été créé.</translation>
    </message>
    <message>
        <source>Created a new certificate.</source>
        <translation>Nouveau certificat créé.</translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation>%1 — expiré</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n jour restant)</numerusform>
            <numerusform>%1 (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Imported the key pair from %1.</source>
        <translation>Paire de clés importée depuis %1.</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>%1 et %2 importés.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Uploaded to the sandbox credential %1, as you would in the Developer Console.</source>
        <translation>Chargé dans les identifiants de sandbox %1, comme vous le feriez dans la Developer Console.</translation>
    </message>
    <message>
        <source>✖ %1: %2 %3</source>
        <comment>error title: what happened, what to do</comment>
        <translation>✖ %1 : %2 %3</translation>
    </message>
    <message>
        <source>Down&amp;load public key…</source>
        <translation>Té&amp;lécharger la clé publique…</translation>
    </message>
    <message>
        <source>Export private key (D&amp;ER)…</source>
        <translation>Exporter la clé privée (D&amp;ER)…</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Name configurations or use --all, not both.</source>
        <translation>Nommez des configurations ou utilisez --all, pas les deux.</translation>
    </message>
    <message>
        <source>No configurations to check.</source>
        <translation>Aucune configuration à vérifier.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) passed.</source>
        <translation>
            <numerusform>%1 sur %n vérification réussie.</numerusform>
            <numerusform>%1 sur %n vérifications réussies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request a token for configurations (health check).</source>
        <translation>Demander un jeton pour des configurations (vérification de l’intégrité).</translation>
    </message>
    <message>
        <source>Check every configuration (rollback copies only when named).</source>
        <translation>Vérifier toutes les configurations (les copies de restauration seulement si elles sont nommées).</translation>
    </message>
    <message>
        <source>Enter it again: ims-wizard set-secret %1 --secret-stdin</source>
        <translation>Saisissez-le de nouveau : ims-wizard set-secret %1 --secret-stdin</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to %1.</source>
        <translation>--concurrency attend un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>Requests a real access token for each named configuration (id, title or unique id prefix), or for every configuration with --all or no NAME, at most %1 at a time (--concurrency N: at most N, from 1 to %2). Prints each result as it arrives: the token&apos;s expiry, scopes and client ID, never the token; or what went wrong and what to do. Each result is recorded in the configuration&apos;s health history. Exit code 0 only when every check passed.</source>
        <translation>Demande un véritable jeton d’accès pour chaque configuration nommée (id, titre ou début d’id unique), ou pour toutes les configurations avec --all ou sans NAME, au plus %1 à la fois (--concurrency N : au plus N, de 1 à %2). Affiche chaque résultat dès qu’il arrive : l’expiration du jeton, ses portées et son Client ID, jamais le jeton lui-même ; ou ce qui a échoué et ce qu’il faut faire. Chaque résultat est consigné dans l’historique de vérification de la configuration. Code de sortie 0 uniquement si toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; checks at once (1 to %1; default %2).</source>
        <translation>Au plus &lt;n&gt; vérifications à la fois (1 à %1 ; par défaut %2).</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>Print one JSON document on stdout instead of text.</source>
        <translation>Écrire un seul document JSON sur stdout au lieu de texte.</translation>
    </message>
    <message>
        <source>Keep configurations in &lt;dir&gt; (default: %1).</source>
        <translation>Conserver les configurations dans &lt;dir&gt; (par défaut : %1).</translation>
    </message>
    <message>
        <source>Use the training sandbox running at &lt;url&gt; (for example one started with `ims-wizard sandbox`) for configurations marked sandbox, instead of starting one in this process.</source>
        <translation>Utiliser la sandbox de formation qui tourne à &lt;url&gt; (par exemple une sandbox lancée avec `ims-wizard sandbox`) pour les configurations marquées sandbox, au lieu d’en démarrer une dans ce processus.</translation>
    </message>
    <message>
        <source>Trust the CA certificate (PEM) in &lt;file&gt; for the --sandbox-url only.</source>
        <translation>Faire confiance au certificat d’AC (PEM) de &lt;file&gt; pour --sandbox-url uniquement.</translation>
    </message>
    <message>
        <source>--sandbox-ca needs --sandbox-url.</source>
        <translation>--sandbox-ca nécessite --sandbox-url.</translation>
    </message>
    <message>
        <source>Not an https URL: %1</source>
        <translation>Pas une URL https : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several configurations: %2. Name one by its id.</source>
        <translation>« %1 » correspond à plusieurs configurations : %2. Désignez-en une par son id.</translation>
    </message>
    <message>
        <source>No configuration is named &quot;%1&quot; (by id, title or id prefix). `ims-wizard list` shows them.</source>
        <translation>Aucune configuration ne s’appelle « %1 » (par id, titre ou début d’id). `ims-wizard list` les affiche.</translation>
    </message>
    <message>
        <source>The training sandbox could not start: %1</source>
        <translation>La sandbox de formation n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Started the training sandbox at %1 for the configurations marked sandbox.</source>
        <translation>Sandbox de formation démarrée à %1 pour les configurations marquées sandbox.</translation>
    </message>
    <message>
        <source>Give the %1 either with --%2 or with --%3, not both.</source>
        <translation>Indiquez %1 soit avec --%2, soit avec --%3, pas les deux.</translation>
    </message>
    <message>
        <source>Only one input can come from stdin.</source>
        <translation>Une seule entrée peut provenir de stdin.</translation>
    </message>
    <message>
        <source>%1 (not shown):</source>
        <translation>%1 (non affiché) :</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the %2) is not set or empty.</source>
        <translation>La variable d’environnement %1 (pour %2) n’est pas définie ou est vide.</translation>
    </message>
    <message>
        <source>The %1 on stdin is empty.</source>
        <translation>%1 sur stdin est vide.</translation>
    </message>
    <message>
        <source>Use the HTTP proxy at &lt;url&gt; (http://[user@]host:port) for this run instead of the network settings. Never put the password in the URL: use --proxy-password-env, or the password saved in the keychain by Settings → Network.</source>
        <translation>Utiliser le proxy HTTP à &lt;url&gt; (http://[user@]host:port) pour cette exécution au lieu des paramètres réseau. Ne mettez jamais le mot de passe dans l’URL : utilisez --proxy-password-env, ou le mot de passe enregistré dans le trousseau via Paramètres → Réseau.</translation>
    </message>
    <message>
        <source>Connect directly, without any proxy, for this run.</source>
        <translation>Se connecter directement, sans proxy, pour cette exécution.</translation>
    </message>
    <message>
        <source>Read the proxy password from the environment variable &lt;var&gt;.</source>
        <translation>Lire le mot de passe du proxy dans la variable d’environnement &lt;var&gt;.</translation>
    </message>
    <message>
        <source>Use either --proxy or --no-proxy, not both.</source>
        <translation>Utilisez soit --proxy, soit --no-proxy, pas les deux.</translation>
    </message>
    <message>
        <source>--proxy-password-env needs a proxy with a user.</source>
        <translation>--proxy-password-env nécessite un proxy avec un utilisateur.</translation>
    </message>
    <message>
        <source>The proxy URL must not contain a password: other users can read the command line. Use --proxy-password-env VAR, or save the password with Settings → Network.</source>
        <translation>L’URL du proxy ne doit pas contenir de mot de passe : d’autres utilisateurs peuvent lire la ligne de commande. Utilisez --proxy-password-env VAR, ou enregistrez le mot de passe via Paramètres → Réseau.</translation>
    </message>
    <message>
        <source>Not a proxy URL: %1 (expected http://[user@]host:port).</source>
        <translation>Pas une URL de proxy : %1 (attendu : http://[user@]host:port).</translation>
    </message>
    <message>
        <source>--proxy-password-env needs a proxy with a user (http://user@host:port).</source>
        <translation>--proxy-password-env nécessite un proxy avec un utilisateur (http://user@host:port).</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>mot de passe du proxy</translation>
    </message>
</context>
<context>
    <name>CloudServicePage</name>
    <message>
        <source>Cloud service configuration</source>
        <translation>Configuration du service cloud</translation>
    </message>
    <message>
        <source>&amp;Configure the cloud service later in AEM</source>
        <translation>&amp;Configurer le service cloud plus tard dans AEM</translation>
    </message>
    <message>
        <source>Connect to &amp;Target</source>
        <translation>Se connecter à &amp;Target</translation>
    </message>
    <message>
        <source>Give the technical account the Editor role (training sandbox)</source>
        <translation>Donner au compte technique le rôle Editor (sandbox de formation)</translation>
    </message>
    <message>
        <source>&amp;Replace the existing Brand Portal configuration when saving</source>
        <translation>&amp;Remplacer la configuration Brand Portal existante lors de l’enregistrement</translation>
    </message>
    <message>
        <source>AEM 6.3: the legacy Cloud Services configuration &quot;%1&quot; (no IMS configuration).</source>
        <translation>AEM 6.3 : l’ancienne configuration Cloud Services « %1 » (pas de configuration IMS).</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; cloud service configuration that uses this IMS configuration.</source>
        <translation>La configuration de service cloud « %1 » qui utilise cette configuration IMS.</translation>
    </message>
    <message>
        <source>In AEM: Tools, Deployment, Cloud Services, %1. The keystore alias eventproxy of the user eventproxy-service holds the private key.</source>
        <translation>Dans AEM : Outils, Déploiement, Cloud Services, %1. L’alias de keystore eventproxy de l’utilisateur eventproxy-service contient la clé privée.</translation>
    </message>
    <message>
        <source>In AEM: Tools, Cloud Services, %1, in the global configuration.</source>
        <translation>Dans AEM : Outils, Cloud Services, %1, dans la configuration globale.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Saving replaces: %3. %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 L’enregistrement remplace : %3. %4</translation>
    </message>
    <message>
        <source>%1 *:</source>
        <translation>%1 * :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
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
        <translation>mbox.js (obsolète)</translation>
    </message>
    <message>
        <source>•••••••• (the credential&apos;s client secret, kept in the system keychain; enter it in AEM)</source>
        <translation>•••••••• (le secret client des identifiants, conservé dans le trousseau du système ; saisissez-le dans AEM)</translation>
    </message>
    <message>
        <source>Follows the IMS credentials of this configuration.</source>
        <translation>Suit les identifiants IMS de cette configuration.</translation>
    </message>
    <message>
        <source>tenant, or paste https://experience.adobe.com/#/@tenant/target</source>
        <translation>tenant, ou collez https://experience.adobe.com/#/@tenant/target</translation>
    </message>
    <message>
        <source>Connecting to Adobe Target…</source>
        <translation>Connexion à Adobe Target…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to Adobe Target: the Admin API lists %n activities.</source>
        <translation>
            <numerusform>Connecté à Adobe Target : l’API Admin liste %n activité.</numerusform>
            <numerusform>Connecté à Adobe Target : l’API Admin liste %n activités.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: ims-wizard [&lt;command&gt; [options]]</source>
        <translation>Utilisation : ims-wizard [&lt;commande&gt; [options]]</translation>
    </message>
    <message>
        <source>Sets up Adobe IMS integrations for AEM. Without a command the wizard opens; with one, ims-wizard works on the command line and needs no display.</source>
        <translation>Configure les intégrations Adobe IMS pour AEM. Sans commande, l’assistant s’ouvre ; avec une commande, ims-wizard travaille en ligne de commande et n’a pas besoin d’écran.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help.</source>
        <translation>Afficher cette aide, ou l’aide d’une commande.</translation>
    </message>
    <message>
        <source>Run &quot;ims-wizard &lt;command&gt; --help&quot; for a command&apos;s options. Exit codes: 0 success, 1 a check failed or something was not done, 2 usage error.</source>
        <translation>Exécutez « ims-wizard &lt;commande&gt; --help » pour les options d’une commande. Codes de sortie : 0 succès, 1 une vérification a échoué ou quelque chose n’a pas été fait, 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Commands: %1. Run &quot;ims-wizard help&quot; for more.</source>
        <translation>Commandes : %1. Exécutez « ims-wizard help » pour en savoir plus.</translation>
    </message>
    <message>
        <source>Run &quot;ims-wizard %1 --help&quot; for its options.</source>
        <translation>Exécutez « ims-wizard %1 --help » pour ses options.</translation>
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
        <translation>%1 — copie de restauration</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>Identifiants JWT (obsolètes)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>✔ Token retrieved (%1)</source>
        <translation>✔ Jeton obtenu (%1)</translation>
    </message>
    <message>
        <source>✖ %1 (%2)</source>
        <translation>✖ %1 (%2)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>JWT credentials reached end of life on 30 June 2025. Use &quot;Migrate to OAuth&quot;.</source>
        <translation>Les identifiants JWT sont arrivés en fin de vie le 30 juin 2025. Utilisez « Migrer vers OAuth ».</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Solution cloud</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Serveur d’autorisation</translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>✖ Secret missing — enter it again in Properties</source>
        <translation>✖ Secret manquant — saisissez-le de nouveau dans Propriétés</translation>
    </message>
</context>
<context>
    <name>ConfigurationView</name>
    <message>
        <source>JWT (deprecated)</source>
        <translation>JWT (obsolète)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>jamais vérifiée</translation>
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
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id :</translation>
    </message>
    <message>
        <source>Cloud solution:</source>
        <translation>Solution cloud :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>Serveur d’autorisation :</translation>
    </message>
    <message>
        <source>Training sandbox:</source>
        <translation>Sandbox de formation :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID :</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client :</translation>
    </message>
    <message>
        <source>in the keychain (%1)</source>
        <translation>dans le trousseau (%1)</translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation>ID d’organisation :</translation>
    </message>
    <message>
        <source>Technical account ID:</source>
        <translation>ID du compte technique :</translation>
    </message>
    <message>
        <source>Technical account email:</source>
        <translation>E-mail du compte technique :</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>Metascopes:</source>
        <translation>Métascopes :</translation>
    </message>
    <message>
        <source>Certificate alias:</source>
        <translation>Alias du certificat :</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message numerus="yes">
        <source>%1, expires %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1, expire le %2 (%n jour restant)</numerusform>
            <numerusform>%1, expire le %2 (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>Empreinte SHA-1 :</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Clé privée :</translation>
    </message>
    <message>
        <source>Rollback copy of:</source>
        <translation>Copie de restauration de :</translation>
    </message>
    <message>
        <source>Migrated to OAuth:</source>
        <translation>Migrée vers OAuth :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée :</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mise à jour :</translation>
    </message>
    <message>
        <source>Last health check:</source>
        <translation>Dernière vérification :</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
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
        <translation>SERVEUR</translation>
    </message>
    <message>
        <source>LAST CHECK</source>
        <translation>DERNIÈRE VÉRIF.</translation>
    </message>
    <message>
        <source>(rollback copy of %1)</source>
        <translation>(copie de restauration de %1)</translation>
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
        <translation>ÉCHEC   %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>OK      %1 — token expires in %n second(s), at %2</source>
        <translation>
            <numerusform>OK      %1 — le jeton expire dans %n seconde, à %2</numerusform>
            <numerusform>OK      %1 — le jeton expire dans %n secondes, à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID : %1</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Portées : %1</translation>
    </message>
    <message>
        <source>MISSING from the keychain — enter it again: ims-wizard set-secret %1 --secret-stdin</source>
        <translation>ABSENT du trousseau — saisissez-le de nouveau : ims-wizard set-secret %1 --secret-stdin</translation>
    </message>
    <message>
        <source>Warning: %1. %2</source>
        <translation>Avertissement : %1. %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>AEM version:</source>
        <translation>Version d’AEM :</translation>
    </message>
    <message>
        <source>Cloud Services (legacy):</source>
        <translation>Cloud Services (ancien) :</translation>
    </message>
    <message>
        <source>Cloud service:</source>
        <translation>Service cloud :</translation>
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
        <translation>Adobe Developer Console et Admin Console</translation>
    </message>
    <message>
        <source>Do these steps in Adobe&apos;s web consoles, then come back for the credentials. Tick each step when it is done; the ticks are saved with the configuration.</source>
        <translation>Effectuez ces étapes dans les consoles web d’Adobe, puis revenez pour les identifiants. Cochez chaque étape une fois faite ; les coches sont enregistrées avec la configuration.</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Créer un projet</translation>
    </message>
    <message>
        <source>Add the product&apos;s API</source>
        <translation>Ajouter l’API du produit</translation>
    </message>
    <message>
        <source>Upload the public key (Service Account JWT)</source>
        <translation>Charger la clé publique (Service Account JWT)</translation>
    </message>
    <message>
        <source>Choose OAuth Server-to-Server</source>
        <translation>Choisir OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Choose the product profiles</source>
        <translation>Choisir les profils de produit</translation>
    </message>
    <message>
        <source>Give the technical account the Target role Editor</source>
        <translation>Donner au compte technique le rôle Target Editor</translation>
    </message>
    <message>
        <source>In the Adobe Developer Console, select your organization and choose &quot;Create new project&quot;.</source>
        <translation>Dans l’Adobe Developer Console, sélectionnez votre organisation et choisissez « Create new project ».</translation>
    </message>
    <message>
        <source>In the project choose &quot;Add API&quot; and pick this API.</source>
        <translation>Dans le projet, choisissez « Add API » et sélectionnez cette API.</translation>
    </message>
    <message>
        <source>Choose &quot;Upload your public key&quot; and pick the certificate file below (never the private key).</source>
        <translation>Choisissez « Upload your public key » et sélectionnez le fichier de certificat ci-dessous (jamais la clé privée).</translation>
    </message>
    <message>
        <source>Choose the credential type OAuth Server-to-Server. Its scopes should be these.</source>
        <translation>Choisissez le type d’identifiants OAuth Server-to-Server. Ses portées doivent être celles-ci.</translation>
    </message>
    <message>
        <source>Select the product profiles the technical account may use, then &quot;Save configured API&quot;.</source>
        <translation>Sélectionnez les profils de produit que le compte technique peut utiliser, puis « Save configured API ».</translation>
    </message>
    <message>
        <source>In the Admin Console open Adobe Target, the product profile, &quot;API credentials&quot;, and set the role of this credential&apos;s technical account to Editor. Observer cannot use the Admin API: &quot;Connect to Target&quot; fails with 403.</source>
        <translation>Dans l’Admin Console, ouvrez Adobe Target, le profil de produit, « API credentials », et attribuez le rôle Editor au compte technique de ces identifiants. Observer ne peut pas utiliser l’API Admin : « Se connecter à Target » échoue avec 403.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Credential type</source>
        <translation>Type d’identifiants</translation>
    </message>
    <message>
        <source>File to upload</source>
        <translation>Fichier à charger</translation>
    </message>
    <message>
        <source>Metascope</source>
        <translation>Métascope</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the console page for: %1</source>
        <translation>Ouvrir la page de la console pour : %1</translation>
    </message>
    <message>
        <source>Could not open %1; copy the address into a browser.</source>
        <translation>Impossible d’ouvrir %1 ; copiez l’adresse dans un navigateur.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source>No certificate yet: go back to the certificate page.</source>
        <translation>Pas encore de certificat : revenez à la page du certificat.</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation>Impossible d’ouvrir le dossier %1.</translation>
    </message>
    <message>
        <source>&amp;Assign Editor in the training sandbox</source>
        <translation>&amp;Attribuer Editor dans la sandbox de formation</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Copy the OAuth Server-to-Server credential from the Adobe Developer Console, or paste or drop the JSON it downloads.</source>
        <translation>Copiez les identifiants OAuth Server-to-Server depuis l’Adobe Developer Console, ou collez ou déposez le JSON qu’elle télécharge.</translation>
    </message>
    <message>
        <source>Fill the form from Developer Console JSON on the clipboard</source>
        <translation>Remplir le formulaire à partir du JSON de la Developer Console présent dans le presse-papiers</translation>
    </message>
    <message>
        <source>Fill with sandbox &amp;sample</source>
        <translation>Remplir avec l’e&amp;xemple de la sandbox</translation>
    </message>
    <message>
        <source>Use the training organisation&apos;s credential for the chosen solution</source>
        <translation>Utiliser les identifiants de l’organisation de formation pour la solution choisie</translation>
    </message>
    <message>
        <source>Authori&amp;zation server:</source>
        <translation>Serveur d’autori&amp;sation :</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID :</translation>
    </message>
    <message>
        <source>from the credential&apos;s page</source>
        <translation>depuis la page des identifiants</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>&quot;Retrieve client secret&quot;</source>
        <translation>« Récupérer le secret client »</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>ID d’&amp;organisation :</translation>
    </message>
    <message>
        <source>&amp;Technical account ID:</source>
        <translation>ID du compte &amp;technique :</translation>
    </message>
    <message>
        <source>Technical account e&amp;mail:</source>
        <translation>E-&amp;mail du compte technique :</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>&amp;Portées :</translation>
    </message>
    <message>
        <source>comma-separated, as the console lists them</source>
        <translation>séparées par des virgules, comme la console les liste</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy the JSON from the Developer Console first.</source>
        <translation>Le presse-papiers est vide. Copiez d’abord le JSON depuis la Developer Console.</translation>
    </message>
    <message>
        <source>Import Developer Console JSON</source>
        <translation>Importer le JSON de la Developer Console</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Encore nécessaire : %1</translation>
    </message>
    <message>
        <source>The text is not a Developer Console download.</source>
        <translation>Ce texte n’est pas un téléchargement de la Developer Console.</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n field(s) from the Developer Console download.</source>
        <translation>
            <numerusform>%n champ rempli à partir du téléchargement de la Developer Console.</numerusform>
            <numerusform>%n champs remplis à partir du téléchargement de la Developer Console.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large to be a Developer Console download.</source>
        <translation>%1 est trop volumineux pour être un téléchargement de la Developer Console.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n field(s) from the Developer Console download. It lists %1 client secrets; the first is used.</source>
        <translation>
            <numerusform>%n champ rempli à partir du téléchargement de la Developer Console. Il contient %1 secrets client ; le premier est utilisé.</numerusform>
            <numerusform>%n champs remplis à partir du téléchargement de la Developer Console. Il contient %1 secrets client ; le premier est utilisé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste &amp;JSON</source>
        <translation>Coller le &amp;JSON</translation>
    </message>
    <message>
        <source>Import JSON &amp;file…</source>
        <translation>Importer un &amp;fichier JSON…</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Choose a format with --format pem|p12|osgi|report.</source>
        <translation>Choisissez un format avec --format pem|p12|osgi|report.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: choose pem, p12, osgi or report.</source>
        <translation>Format inconnu « %1 » : choisissez pem, p12, osgi ou report.</translation>
    </message>
    <message>
        <source>--%1 is for --format osgi only.</source>
        <translation>--%1 ne s’applique qu’à --format osgi.</translation>
    </message>
    <message>
        <source>A password is for --format p12 only.</source>
        <translation>Un mot de passe ne s’applique qu’à --format p12.</translation>
    </message>
    <message>
        <source>%1 has no certificate: only JWT configurations have one.</source>
        <translation>%1 n’a pas de certificat : seules les configurations JWT en ont un.</translation>
    </message>
    <message>
        <source>Upload this certificate to the credential in the Adobe Developer Console.</source>
        <translation>Chargez ce certificat dans les identifiants de l’Adobe Developer Console.</translation>
    </message>
    <message>
        <source>keystore password</source>
        <translation>mot de passe du keystore</translation>
    </message>
    <message>
        <source>A PKCS#12 keystore needs a password: give it with --password-stdin or --password-env VAR.</source>
        <translation>Un keystore PKCS#12 nécessite un mot de passe : indiquez-le avec --password-stdin ou --password-env VAR.</translation>
    </message>
    <message>
        <source>The keychain holds no private key for %1 (imported from AEM, the key stays in AEM&apos;s keystore).</source>
        <translation>Le trousseau ne contient aucune clé privée pour %1 (importée depuis AEM, la clé reste dans le keystore d’AEM).</translation>
    </message>
    <message>
        <source>In AEM: Add Private Key from KeyStore file, alias %1.</source>
        <translation>Dans AEM : « Add Private Key from KeyStore file », alias %1.</translation>
    </message>
    <message>
        <source>--%1 writes the client secret in clear text into a file. Add --%2 to confirm, or leave both out to write the placeholder $[secret:%3].</source>
        <translation>--%1 écrit le secret client en clair dans un fichier. Ajoutez --%2 pour confirmer, ou omettez les deux pour écrire l’espace réservé $[secret:%3].</translation>
    </message>
    <message>
        <source>--output for osgi is a folder; %1 is a file.</source>
        <translation>Pour osgi, --output est un dossier ; %1 est un fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The client secret is in clear text in these files: keep them out of version control.</source>
        <translation>Le secret client figure en clair dans ces fichiers : ne les mettez pas sous contrôle de version.</translation>
    </message>
    <message>
        <source>The client secret is the placeholder $[secret:%1]: set a secret environment variable %1 in Cloud Manager (or the OSGi configuration) to its value.</source>
        <translation>Le secret client est l’espace réservé $[secret:%1] : définissez une variable d’environnement secrète %1 dans Cloud Manager (ou dans la configuration OSGi) avec sa valeur.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Choose another --output, or add --force to replace it.</source>
        <translation>Choisissez une autre valeur pour --output, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Export a configuration for AEM or the Developer Console.</source>
        <translation>Exporter une configuration pour AEM ou la Developer Console.</translation>
    </message>
    <message>
        <source>pem, p12, osgi or report.</source>
        <translation>pem, p12, osgi ou report.</translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation>Remplacer les fichiers existants.</translation>
    </message>
    <message>
        <source>p12: read the keystore password from stdin.</source>
        <translation>p12 : lire le mot de passe du keystore sur stdin.</translation>
    </message>
    <message>
        <source>p12: read the keystore password from the environment variable &lt;var&gt;.</source>
        <translation>p12 : lire le mot de passe du keystore dans la variable d’environnement &lt;var&gt;.</translation>
    </message>
    <message>
        <source>osgi: write the client secret itself instead of the placeholder (needs --%1).</source>
        <translation>osgi : écrire le secret client lui-même au lieu de l’espace réservé (nécessite --%1).</translation>
    </message>
    <message>
        <source>Confirms --%1: the files will hold the secret in clear text.</source>
        <translation>Confirme --%1 : les fichiers contiendront le secret en clair.</translation>
    </message>
    <message>
        <source>--all is for --format report only.</source>
        <translation>--all ne s’applique qu’à --format report.</translation>
    </message>
    <message>
        <source>export takes one NAME (several only with --format report).</source>
        <translation>export attend un seul NAME (plusieurs uniquement avec --format report).</translation>
    </message>
    <message>
        <source>Name the configurations for the report, or use --all (not both).</source>
        <translation>Nommez les configurations du rapport, ou utilisez --all (pas les deux).</translation>
    </message>
    <message>
        <source>--%1 is not for --format report: the report never holds a secret.</source>
        <translation>--%1 ne s’applique pas à --format report : le rapport ne contient jamais de secret.</translation>
    </message>
    <message>
        <source>There are no saved configurations to report on.</source>
        <translation>Aucune configuration enregistrée sur laquelle faire un rapport.</translation>
    </message>
    <message>
        <source>--output for a report is a folder, or a file ending in .pdf or .html.</source>
        <translation>Pour un rapport, --output est un dossier, ou un fichier se terminant par .pdf ou .html.</translation>
    </message>
    <message>
        <source>The report holds no secret: hand it over as it is.</source>
        <translation>Le rapport ne contient aucun secret : transmettez-le tel quel.</translation>
    </message>
    <message>
        <source>Writes one configuration in a format AEM or the Adobe Developer Console takes:
  pem     the public certificate (JWT) for the Developer Console, AEM-Adobe-IMS.crt
  p12     a PKCS#12 keystore with the private key and certificate (JWT), for AEM&apos;s &quot;Add Private Key from KeyStore file&quot;; needs --password-stdin or --password-env
  osgi    the OSGi configuration pair (.cfg.json) for AEM as code; the client secret is written as the Cloud Manager placeholder $[secret:NAME], or in clear text only with --clear-text-secret --i-understand-this-writes-a-secret
  report  the handover report of NAME… or --all, as HTML and PDF (no secret in it): organisation, solutions, endpoints, certificates, scopes, cloud services, health checks and the next actions
Existing files are not replaced without --force.</source>
        <translation>Écrit une configuration dans un format accepté par AEM ou l’Adobe Developer Console :
  pem     le certificat public (JWT) pour la Developer Console, AEM-Adobe-IMS.crt
  p12     un keystore PKCS#12 avec la clé privée et le certificat (JWT), pour « Add Private Key from KeyStore file » d’AEM ; nécessite --password-stdin ou --password-env
  osgi    la paire de configurations OSGi (.cfg.json) pour AEM en tant que code ; le secret client est écrit sous la forme de l’espace réservé Cloud Manager $[secret:NAME], ou en clair uniquement avec --clear-text-secret --i-understand-this-writes-a-secret
  report  le rapport de passation de NAME… ou de --all, en HTML et PDF (sans aucun secret) : organisation, solutions, points de terminaison, certificats, portées, services cloud, vérifications et prochaines actions
Les fichiers existants ne sont pas remplacés sans --force.</translation>
    </message>
    <message>
        <source>Write to &lt;path&gt;: a folder (osgi, report, or pem/p12 with the default file name) or a file (pem, p12; report: .pdf or .html). Default: the current folder.</source>
        <translation>Écrire dans &lt;path&gt; : un dossier (osgi, report, ou pem/p12 avec le nom de fichier par défaut) ou un fichier (pem, p12 ; report : .pdf ou .html). Par défaut : le dossier courant.</translation>
    </message>
    <message>
        <source>report: every saved configuration.</source>
        <translation>report : toutes les configurations enregistrées.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export — %1</source>
        <translation>Exporter — %1</translation>
    </message>
    <message>
        <source>&amp;OSGi configuration for AEM (.cfg.json pair)</source>
        <translation>Configuration &amp;OSGi pour AEM (paire .cfg.json)</translation>
    </message>
    <message>
        <source>Public &amp;certificate for the Developer Console (%1)</source>
        <translation>&amp;Certificat public pour la Developer Console (%1)</translation>
    </message>
    <message>
        <source>&amp;PKCS#12 keystore for AEM (&quot;Add Private Key from KeyStore file&quot;)</source>
        <translation>Keystore &amp;PKCS#12 pour AEM (« Add Private Key from KeyStore file »)</translation>
    </message>
    <message>
        <source>Write the client secret in clear te&amp;xt instead of $[secret:%1]</source>
        <translation>Écrire le secret client en te&amp;xte clair au lieu de $[secret:%1]</translation>
    </message>
    <message>
        <source>⚠ The file will contain the secret. Anyone who can read it, or the repository it is committed to, can act as this integration. AEM as a Cloud Service reads $[secret:…] placeholders from environment variables instead.</source>
        <translation>⚠ Le fichier contiendra le secret. Toute personne pouvant le lire, ou lire le dépôt dans lequel il est validé, peut agir au nom de cette intégration. AEM as a Cloud Service lit plutôt les espaces réservés $[secret:…] dans des variables d’environnement.</translation>
    </message>
    <message>
        <source>I understand: write the secret into the file</source>
        <translation>Je comprends : écrire le secret dans le fichier</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>Mot de passe du keystore</translation>
    </message>
    <message>
        <source>Keystore password again</source>
        <translation>Confirmation du mot de passe du keystore</translation>
    </message>
    <message>
        <source>Keystore pass&amp;word:</source>
        <translation>Mot de passe du &amp;keystore :</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Co&amp;nfirmation :</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1 — upload it to the credential in the Developer Console.</source>
        <translation>%1 enregistré — chargez-le dans les identifiants de la Developer Console.</translation>
    </message>
    <message>
        <source>Saved the OSGi configuration; set the environment variable %1 in AEM.</source>
        <translation>Configuration OSGi enregistrée ; définissez la variable d’environnement %1 dans AEM.</translation>
    </message>
    <message>
        <source>Saved the OSGi configuration with the secret in clear text (readable by you only).</source>
        <translation>Configuration OSGi enregistrée avec le secret en clair (lisible par vous seul).</translation>
    </message>
    <message>
        <source>Saved %1 (alias %2) for AEM&apos;s keystore.</source>
        <translation>%1 (alias %2) enregistré pour le keystore d’AEM.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>HandoverReportDialog</name>
    <message>
        <source>Handover report</source>
        <translation>Rapport de passation</translation>
    </message>
    <message>
        <source>Handover report preview</source>
        <translation>Aperçu du rapport de passation</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Enregistrer en &amp;HTML…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Enregistrer le rapport en HTML</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML documents (*.html *.htm)</source>
        <translation>Documents HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
</context>
<context>
    <name>HandoverReportDocument</name>
    <message>
        <source>Not recorded</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>AEM 6.3 or earlier</source>
        <translation>AEM 6.3 ou antérieur</translation>
    </message>
    <message>
        <source>AEM 6.4 or 6.5 before Service Pack 20</source>
        <translation>AEM 6.4 ou 6.5 avant le Service Pack 20</translation>
    </message>
    <message>
        <source>AEM 6.5 Service Pack 20 or later, or with the compatibility hotfix</source>
        <translation>AEM 6.5 Service Pack 20 ou ultérieur, ou avec le correctif de compatibilité</translation>
    </message>
    <message>
        <source>AEM as a Cloud Service</source>
        <translation>AEM as a Cloud Service</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expired %n day(s) ago: create a new certificate, upload it to the credential in the Adobe Developer Console and update AEM&apos;s IMS configuration.</source>
        <translation>
            <numerusform>Le certificat a expiré il y a %n jour : créez un nouveau certificat, chargez-le dans les identifiants de l’Adobe Developer Console et mettez à jour la configuration IMS d’AEM.</numerusform>
            <numerusform>Le certificat a expiré il y a %n jours : créez un nouveau certificat, chargez-le dans les identifiants de l’Adobe Developer Console et mettez à jour la configuration IMS d’AEM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s): create a new one and upload it to the Adobe Developer Console before then.</source>
        <translation>
            <numerusform>Le certificat expire dans %n jour : créez-en un nouveau et chargez-le dans l’Adobe Developer Console d’ici là.</numerusform>
            <numerusform>Le certificat expire dans %n jours : créez-en un nouveau et chargez-le dans l’Adobe Developer Console d’ici là.</numerusform>
        </translation>
    </message>
    <message>
        <source>JWT credentials reached end of life: migrate this configuration to OAuth Server-to-Server.</source>
        <translation>Les identifiants JWT sont arrivés en fin de vie : migrez cette configuration vers OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>OAuth needs AEM 6.5 Service Pack 20 or the compatibility hotfix: install it before AEM uses this configuration.</source>
        <translation>OAuth nécessite AEM 6.5 Service Pack 20 ou le correctif de compatibilité : installez-le avant qu’AEM utilise cette configuration.</translation>
    </message>
    <message>
        <source>This JWT copy is kept as a rollback of a migration: once the OAuth configuration works in AEM, delete it.</source>
        <translation>Cette copie JWT est conservée comme restauration d’une migration : supprimez-la dès que la configuration OAuth fonctionne dans AEM.</translation>
    </message>
    <message>
        <source>No health check on record: check it before handing over.</source>
        <translation>Aucune vérification enregistrée : vérifiez la configuration avant de la transmettre.</translation>
    </message>
    <message>
        <source>The last health check failed (%1): fix it and check again.</source>
        <translation>La dernière vérification a échoué (%1) : corrigez le problème et vérifiez de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>The last successful health check is %n day(s) old: check it again.</source>
        <translation>
            <numerusform>La dernière vérification réussie date de %n jour : vérifiez de nouveau.</numerusform>
            <numerusform>La dernière vérification réussie date de %n jours : vérifiez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adobe IMS integrations: handover report</source>
        <translation>Intégrations Adobe IMS : rapport de passation</translation>
    </message>
    <message>
        <source>Generated on %1 by ims-wizard.</source>
        <translation>Généré le %1 par ims-wizard.</translation>
    </message>
    <message>
        <source>Client secrets and private keys are not part of this report: they stay in the OS keychain of the machine that made the configurations.</source>
        <translation>Les secrets client et les clés privées ne font pas partie de ce rapport : ils restent dans le trousseau du système de la machine qui a créé les configurations.</translation>
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
        <translation>Prochaines actions</translation>
    </message>
    <message>
        <source>Nothing to do: every configuration is current and healthy.</source>
        <translation>Rien à faire : toutes les configurations sont à jour et en bon état.</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Solution cloud</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>Identifiants JWT (obsolètes)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>AEM version</source>
        <translation>Version d’AEM</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Training sandbox (not a real Adobe IMS)</source>
        <translation>Sandbox de formation (pas un véritable Adobe IMS)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID d’organisation</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Technical account ID</source>
        <translation>ID du compte technique</translation>
    </message>
    <message>
        <source>Technical account email</source>
        <translation>E-mail du compte technique</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Serveur d’autorisation</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Point de terminaison du jeton</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Metascopes</source>
        <translation>Métascopes</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>In the OS keychain (not shown)</source>
        <translation>Dans le trousseau du système (non affiché)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>%1 (alias %2)</source>
        <translation>%1 (alias %2)</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>Empreinte SHA-1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Rollback copy kept after the migration to OAuth</source>
        <translation>Copie de restauration conservée après la migration vers OAuth</translation>
    </message>
    <message>
        <source>Migrated from JWT on %1</source>
        <translation>Migrée depuis JWT le %1</translation>
    </message>
    <message>
        <source>Legacy cloud service: %1</source>
        <translation>Ancien service cloud : %1</translation>
    </message>
    <message>
        <source>Cloud service: %1</source>
        <translation>Service cloud : %1</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Vérifications de l’intégrité</translation>
    </message>
    <message>
        <source>Never checked.</source>
        <translation>Jamais vérifiée.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Date de vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>Token retrieved (valid for %n hour(s))</source>
        <translation>
            <numerusform>Jeton obtenu (valable %n heure)</numerusform>
            <numerusform>Jeton obtenu (valable %n heures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Token retrieved (valid for %n minute(s))</source>
        <translation>
            <numerusform>Jeton obtenu (valable %n minute)</numerusform>
            <numerusform>Jeton obtenu (valable %n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
        <translation>Vérification de l’intégrité</translation>
    </message>
    <message>
        <source>Requests a real access token with these credentials, as AEM&apos;s &quot;Check Health&quot; does.</source>
        <translation>Demande un véritable jeton d’accès avec ces identifiants, comme le fait « Vérifier l’intégrité » dans AEM.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Afficher le jeton d’accès</translation>
    </message>
    <message>
        <source>Decoded access token</source>
        <translation>Jeton d’accès décodé</translation>
    </message>
    <message>
        <source>Expires in:</source>
        <translation>Expire dans :</translation>
    </message>
    <message>
        <source>Scopes granted:</source>
        <translation>Portées accordées :</translation>
    </message>
    <message>
        <source>Clocks:</source>
        <translation>Horloges :</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d’accès :</translation>
    </message>
    <message>
        <source>Requesting an access token from %1…</source>
        <translation>Demande d’un jeton d’accès à %1…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>Use &quot;Check again&quot; to retry.</source>
        <translation>Utilisez « Revérifier » pour réessayer.</translation>
    </message>
    <message>
        <source>In step with the server.</source>
        <translation>Synchronisée avec le serveur.</translation>
    </message>
    <message>
        <source>The server sent no time.</source>
        <translation>Le serveur n’a envoyé aucune heure.</translation>
    </message>
    <message>
        <source>Token retrieved successfully</source>
        <translation>Jeton récupéré avec succès</translation>
    </message>
    <message>
        <source>The training sandbox issued an access token. Continue to save the configuration.</source>
        <translation>La sandbox de formation a délivré un jeton d’accès. Continuez pour enregistrer la configuration.</translation>
    </message>
    <message>
        <source>Adobe IMS issued an access token. Continue to save the configuration.</source>
        <translation>Adobe IMS a délivré un jeton d’accès. Continuez pour enregistrer la configuration.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (à %2)</translation>
    </message>
    <message>
        <source>(not listed in the token)</source>
        <translation>(non indiqué dans le jeton)</translation>
    </message>
    <message>
        <source>The access token is not a JWT; nothing to decode.</source>
        <translation>Le jeton d’accès n’est pas un JWT ; rien à décoder.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Détails :</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a duration: hours, then minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Proxy and corporate TLS settings</source>
        <translation>Paramètres du proxy et du TLS d’entreprise</translation>
    </message>
    <message>
        <source>Dec&amp;oded token:</source>
        <translation>Jeton déc&amp;odé :</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Jeton décodé</translation>
    </message>
    <message>
        <source>%1: %2 What to do: %3</source>
        <translation>%1 : %2 Que faire : %3</translation>
    </message>
    <message>
        <source>Net&amp;work…</source>
        <translation>Rés&amp;eau…</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Name at least one FILE (or folder) to import.</source>
        <translation>Indiquez au moins un FILE (ou dossier) à importer.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Fichier ou dossier introuvable : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop volumineux</translation>
    </message>
    <message numerus="yes">
        <source>--%1 needs exactly one configuration, but the files hold %n.</source>
        <translation>
            <numerusform>--%1 nécessite exactement une configuration, mais les fichiers en contiennent %n.</numerusform>
            <numerusform>--%1 nécessite exactement une configuration, mais les fichiers en contiennent %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server : %1</translation>
    </message>
    <message>
        <source>Unknown cloud solution &quot;%1&quot;. Known: %2.</source>
        <translation>Solution cloud inconnue « %1 ». Connues : %2.</translation>
    </message>
    <message>
        <source>A client secret was given, but every configuration found has one.</source>
        <translation>Un secret client a été fourni, mais chaque configuration trouvée en possède déjà un.</translation>
    </message>
    <message numerus="yes">
        <source>A client secret was given, but %n configurations need one: import them one at a time.</source>
        <translation>
            <numerusform>Un secret client a été fourni, mais %n configuration en a besoin : importez-les une par une.</numerusform>
            <numerusform>Un secret client a été fourni, mais %n configurations en ont besoin : importez-les une par une.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n configuration(s).</source>
        <translation>
            <numerusform>%n configuration trouvée.</numerusform>
            <numerusform>%n configurations trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Provenance : %1</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID : %1</translation>
    </message>
    <message>
        <source>Organization ID: %1</source>
        <translation>ID d’organisation : %1</translation>
    </message>
    <message>
        <source>Client secret: given on stdin or in the environment</source>
        <translation>Secret client : fourni sur stdin ou dans l’environnement</translation>
    </message>
    <message>
        <source>Client secret: in the file (goes to the keychain)</source>
        <translation>Secret client : dans le fichier (va dans le trousseau)</translation>
    </message>
    <message>
        <source>Client secret: only the placeholder %1; give the value with --secret-stdin or --secret-env VAR</source>
        <translation>Secret client : seulement l’espace réservé %1 ; fournissez la valeur avec --secret-stdin ou --secret-env VAR</translation>
    </message>
    <message>
        <source>Client secret: none; give it with --secret-stdin or --secret-env VAR</source>
        <translation>Secret client : aucun ; fournissez-le avec --secret-stdin ou --secret-env VAR</translation>
    </message>
    <message>
        <source>Private key: not in the file (it stays in AEM&apos;s keystore); migrate the configuration to OAuth to check it</source>
        <translation>Clé privée : absente du fichier (elle reste dans le keystore d’AEM) ; migrez la configuration vers OAuth pour la vérifier</translation>
    </message>
    <message>
        <source>Private key: in the file (goes to the keychain)</source>
        <translation>Clé privée : dans le fichier (va dans le trousseau)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquant : %1</translation>
    </message>
    <message>
        <source>Complete (dry run: not saved).</source>
        <translation>Complète (simulation : non enregistrée).</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>Complète.</translation>
    </message>
    <message>
        <source>Not saved: incomplete.</source>
        <translation>Non enregistrée : incomplète.</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;:</source>
        <translation>Impossible d’enregistrer « %1 » :</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as %2.</source>
        <translation>« %1 » enregistrée sous %2.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %1 of %n configuration(s) complete, nothing saved.</source>
        <translation>
            <numerusform>Simulation : %1 configuration complète sur %n, rien n’a été enregistré.</numerusform>
            <numerusform>Simulation : %1 configurations complètes sur %n, rien n’a été enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 of %n configuration(s).</source>
        <translation>
            <numerusform>%1 configuration enregistrée sur %n.</numerusform>
            <numerusform>%1 configurations enregistrées sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import configurations from files.</source>
        <translation>Importer des configurations depuis des fichiers.</translation>
    </message>
    <message>
        <source>Reads AEM OSGi configurations (.cfg.json, .config, content packages), aio CLI contexts, Adobe Developer Console downloads, AEM as a Cloud Service service credentials and JWT payloads (files or folders), shows what each configuration holds and what is missing, and saves the complete ones: secrets to the keychain, the rest to the configuration file. A configuration whose file has only a placeholder such as $[secret:NAME] (or no secret) is saved only with --secret-stdin or --secret-env. Exit code 0 when every configuration found was saved.</source>
        <translation>Lit les configurations OSGi d’AEM (.cfg.json, .config, packages de contenu), les contextes de l’aio CLI, les téléchargements de l’Adobe Developer Console, les identifiants de service d’AEM as a Cloud Service et les payloads JWT (fichiers ou dossiers), montre ce que contient chaque configuration et ce qui manque, puis enregistre celles qui sont complètes : les secrets dans le trousseau, le reste dans le fichier de configuration. Une configuration dont le fichier ne contient qu’un espace réservé tel que $[secret:NAME] (ou aucun secret) n’est enregistrée qu’avec --secret-stdin ou --secret-env. Code de sortie 0 lorsque toutes les configurations trouvées ont été enregistrées.</translation>
    </message>
    <message>
        <source>Show what would be imported; save nothing.</source>
        <translation>Montrer ce qui serait importé ; ne rien enregistrer.</translation>
    </message>
    <message>
        <source>Read the client secret from stdin (for the one configuration that needs it).</source>
        <translation>Lire le secret client sur stdin (pour la seule configuration qui en a besoin).</translation>
    </message>
    <message>
        <source>Read the client secret from the environment variable &lt;var&gt;.</source>
        <translation>Lire le secret client dans la variable d’environnement &lt;var&gt;.</translation>
    </message>
    <message>
        <source>Set the authorization server to &lt;url&gt; (Developer Console downloads do not name one; default https://ims-na1.adobelogin.com).</source>
        <translation>Définir le serveur d’autorisation sur &lt;url&gt; (les téléchargements de la Developer Console n’en indiquent pas ; par défaut https://ims-na1.adobelogin.com).</translation>
    </message>
    <message>
        <source>Mark the configurations as made for the training sandbox (checked against whichever sandbox runs).</source>
        <translation>Marquer les configurations comme destinées à la sandbox de formation (vérifiées avec la sandbox en cours d’exécution).</translation>
    </message>
    <message>
        <source>Title of the configuration (one configuration only).</source>
        <translation>Titre de la configuration (une seule configuration).</translation>
    </message>
    <message>
        <source>Cloud solution id, e.g. target (one configuration only).</source>
        <translation>Id de la solution cloud, par ex. target (une seule configuration).</translation>
    </message>
    <message>
        <source>Server: %1 (training sandbox)</source>
        <translation>Serveur : %1 (sandbox de formation)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import configurations</source>
        <translation>Importer des configurations</translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Import. Secrets go to the keychain, never to a file.</source>
        <translation>Rien n’est enregistré tant que vous ne choisissez pas Importer. Les secrets vont dans le trousseau, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Configurations found</source>
        <translation>Configurations trouvées</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Solution cloud</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvée dans</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Client secret for the selected configuration</source>
        <translation>Secret client de la configuration sélectionnée</translation>
    </message>
    <message>
        <source>when the file has a $[secret:…] placeholder or none</source>
        <translation>lorsque le fichier contient un espace réservé $[secret:…] ou aucun secret</translation>
    </message>
    <message>
        <source>Client &amp;secret for the selected row:</source>
        <translation>&amp;Secret client de la ligne sélectionnée :</translation>
    </message>
    <message>
        <source>Use them with the &amp;training sandbox (for demonstrations)</source>
        <translation>Les utiliser avec la sandbox de &amp;formation (pour des démonstrations)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>Identifiants JWT (obsolètes)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message numerus="yes">
        <source>Found %n configuration(s).</source>
        <translation>
            <numerusform>%n configuration trouvée.</numerusform>
            <numerusform>%n configurations trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Illisible : %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Ready — without its private key: migrate it to OAuth to check it</source>
        <translation>Prête — sans sa clé privée : migrez-la vers OAuth pour la vérifier</translation>
    </message>
    <message>
        <source>Ready (secret entered for %1)</source>
        <translation>Prête (secret saisi pour %1)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquant : %1</translation>
    </message>
    <message>
        <source>Choose at least one complete configuration to import.</source>
        <translation>Choisissez au moins une configuration complète à importer.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n configuration(s).</source>
        <translation>
            <numerusform>%n configuration importée.</numerusform>
            <numerusform>%n configurations importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at &quot;%1&quot;: %2</source>
        <translation>Arrêté à « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>ImsWizard</name>
    <message>
        <source>New IMS configuration — Training sandbox</source>
        <translation>Nouvelle configuration IMS — Sandbox de formation</translation>
    </message>
    <message>
        <source>New IMS configuration</source>
        <translation>Nouvelle configuration IMS</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training sandbox&lt;/b&gt; — a local practice IMS; no real Adobe credentials are used or needed.</source>
        <translation>&lt;b&gt;Sandbox de formation&lt;/b&gt; — un IMS local d’entraînement ; aucun véritable identifiant Adobe n’est utilisé ni nécessaire.</translation>
    </message>
    <message>
        <source>Adobe &amp;documentation</source>
        <translation>&amp;Documentation Adobe</translation>
    </message>
    <message>
        <source>Opens Adobe&apos;s documentation for this step in the browser</source>
        <translation>Ouvre dans le navigateur la documentation Adobe de cette étape</translation>
    </message>
    <message>
        <source>Training sandbox</source>
        <translation>Sandbox de formation</translation>
    </message>
    <message>
        <source>Only the training sandbox can be changed from here; use the Admin Console.</source>
        <translation>Seule la sandbox de formation peut être modifiée d’ici ; utilisez l’Admin Console.</translation>
    </message>
    <message>
        <source>The technical account now has the Target role Editor (training sandbox).</source>
        <translation>Le compte technique a maintenant le rôle Target Editor (sandbox de formation).</translation>
    </message>
    <message>
        <source>The training sandbox did not change the role (HTTP status %1).</source>
        <translation>La sandbox de formation n’a pas modifié le rôle (statut HTTP %1).</translation>
    </message>
</context>
<context>
    <name>JwtCredentialsPage</name>
    <message>
        <source>JWT credentials</source>
        <translation>Identifiants JWT</translation>
    </message>
    <message>
        <source>The fields of AEM&apos;s JWT form, from the credential in the Developer Console. Paste the JSON of its &quot;Generate JWT&quot; tab as the payload.</source>
        <translation>Les champs du formulaire JWT d’AEM, issus des identifiants de la Developer Console. Collez le JSON de son onglet « Generate JWT » comme payload.</translation>
    </message>
    <message>
        <source>An AEM as a Cloud Service service credential, a Developer Console JWT credential, or the payload</source>
        <translation>Des identifiants de service AEM as a Cloud Service, des identifiants JWT de la Developer Console, ou le payload</translation>
    </message>
    <message>
        <source>Fill with sandbox &amp;sample</source>
        <translation>Remplir avec l’e&amp;xemple de la sandbox</translation>
    </message>
    <message>
        <source>Authori&amp;zation server:</source>
        <translation>Serveur d’autori&amp;sation :</translation>
    </message>
    <message>
        <source>API &amp;key (client ID):</source>
        <translation>Clé d’&amp;API (Client ID) :</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>Pa&amp;yload :</translation>
    </message>
    <message>
        <source>The payload is not a JWT payload.</source>
        <translation>Le payload n’est pas un payload JWT.</translation>
    </message>
    <message>
        <source>The payload&apos;s aud names the client %1, but the API key is %2.</source>
        <translation>Le champ aud du payload désigne le client %1, mais la clé d’API est %2.</translation>
    </message>
    <message>
        <source>The payload&apos;s aud names the server %1, but the authorization server is %2.</source>
        <translation>Le champ aud du payload désigne le serveur %1, mais le serveur d’autorisation est %2.</translation>
    </message>
    <message>
        <source>Organization: %1
Technical account: %2
Metascopes: %3</source>
        <translation>Organisation : %1
Compte technique : %2
Métascopes : %3</translation>
    </message>
    <message>
        <source>(from the payload)</source>
        <translation>(issu du payload)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Encore nécessaire : %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Le presse-papiers est vide.</translation>
    </message>
    <message>
        <source>Pasted the payload.</source>
        <translation>Payload collé.</translation>
    </message>
    <message>
        <source>This is not a JWT credential.</source>
        <translation>Ce ne sont pas des identifiants JWT.</translation>
    </message>
    <message>
        <source>This is an OAuth Server-to-Server credential. Go back and choose OAuth for it.</source>
        <translation>Ce sont des identifiants OAuth Server-to-Server. Revenez en arrière et choisissez OAuth pour ceux-ci.</translation>
    </message>
    <message>
        <source>Filled the form and took the key pair from the service credential.</source>
        <translation>Formulaire rempli et paire de clés reprise des identifiants de service.</translation>
    </message>
    <message>
        <source>Filled the form from the credential.</source>
        <translation>Formulaire rempli à partir des identifiants.</translation>
    </message>
    <message>
        <source>Paste &amp;JSON</source>
        <translation>Coller le &amp;JSON</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>IMS Wizard will use the new language the next time it starts.</source>
        <translation>IMS Wizard utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>cloud solution: none of the listed ones</comment>
        <translation>Personnalisée</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list takes no arguments.</source>
        <translation>list n’accepte aucun argument.</translation>
    </message>
    <message>
        <source>No configurations in %1.</source>
        <translation>Aucune configuration dans %1.</translation>
    </message>
    <message>
        <source>List the saved configurations and their last health check.</source>
        <translation>Lister les configurations enregistrées et leur dernière vérification.</translation>
    </message>
    <message>
        <source>Lists the saved configurations: id (first 8 characters), title, authentication, cloud solution, server and the last health check. Rollback copies kept by a migration are marked.</source>
        <translation>Liste les configurations enregistrées : id (8 premiers caractères), titre, authentification, solution cloud, serveur et dernière vérification de l’intégrité. Les copies de restauration conservées par une migration sont signalées.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IMS Wizard — Adobe IMS configurations</source>
        <translation>IMS Wizard — Configurations Adobe IMS</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>Configurations</translation>
    </message>
    <message>
        <source>&amp;New configuration…</source>
        <translation>&amp;Nouvelle configuration…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Check health</source>
        <translation>&amp;Vérifier l’intégrité</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>&amp;Tout vérifier</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <source>&amp;Migrate to OAuth…</source>
        <translation>&amp;Migrer vers OAuth…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Roll back migration…</source>
        <translation>&amp;Annuler la migration…</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>Use the &amp;training sandbox</source>
        <translation>Utiliser la &amp;sandbox de formation</translation>
    </message>
    <message>
        <source>Search title, solution, server, client ID…</source>
        <translation>Rechercher titre, solution, serveur, Client ID…</translation>
    </message>
    <message>
        <source>Search configurations</source>
        <translation>Rechercher des configurations</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All configurations</source>
        <translation>Toutes les configurations</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>JWT (to migrate)</source>
        <translation>JWT (à migrer)</translation>
    </message>
    <message>
        <source>Failing health check</source>
        <translation>Vérification échouée</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>IMS configurations</source>
        <translation>Configurations IMS</translation>
    </message>
    <message>
        <source>No IMS configurations yet. Choose &quot;New configuration&quot; (Ctrl+N) or &quot;Import&quot; (Ctrl+O), or drop files here.</source>
        <translation>Aucune configuration IMS pour l’instant. Choisissez « Nouvelle configuration » (Ctrl+N) ou « Importer » (Ctrl+O), ou déposez des fichiers ici.</translation>
    </message>
    <message>
        <source>Import configurations</source>
        <translation>Importer des configurations</translation>
    </message>
    <message>
        <source>Configurations (*.json *.cfg.json *.config *.zip);;All files (*)</source>
        <translation>Configurations (*.json *.cfg.json *.config *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Health checks finished.</source>
        <translation>Vérifications terminées.</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) in %1</source>
        <translation>
            <numerusform>%n configuration dans %1</numerusform>
            <numerusform>%n configurations dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n configuration(s)…</source>
        <translation>
            <numerusform>Vérification de %n configuration…</numerusform>
            <numerusform>Vérification de %n configurations…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>Non dupliquée : %1</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its client secret and private key are removed from the keychain too.</source>
        <translation>Supprimer « %1 » ? Son secret client et sa clé privée sont aussi supprimés du trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n configuration(s)? Their secrets are removed from the keychain too.</source>
        <translation>
            <numerusform>Supprimer %n configuration ? Ses secrets sont aussi supprimés du trousseau.</numerusform>
            <numerusform>Supprimer %n configurations ? Leurs secrets sont aussi supprimés du trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete configurations</source>
        <translation>Supprimer des configurations</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimée : %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n configuration(s).</source>
        <translation>
            <numerusform>%n configuration supprimée.</numerusform>
            <numerusform>%n configurations supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no migration to roll back.</source>
        <translation>Il n’y a aucune migration à annuler.</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Non annulée : %1</translation>
    </message>
    <message>
        <source>Rolled back: the JWT configuration is in place again.</source>
        <translation>Migration annulée : la configuration JWT est de nouveau en place.</translation>
    </message>
    <message>
        <source>Roll back migration</source>
        <translation>Annuler la migration</translation>
    </message>
    <message>
        <source>Put the JWT configuration back in place of its OAuth replacement? The OAuth client secret is removed from the keychain.</source>
        <translation>Remettre la configuration JWT à la place de son remplacement OAuth ? Le secret client OAuth est supprimé du trousseau.</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Annuler la migration</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n configuration(s).</source>
        <translation>
            <numerusform>%n configuration importée.</numerusform>
            <numerusform>%n configurations importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training sandbox could not start: %1</source>
        <translation>La sandbox de formation n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>IMS Wizard — Training sandbox</source>
        <translation>IMS Wizard — Sandbox de formation</translation>
    </message>
    <message>
        <source>Training sandbox at %1</source>
        <translation>Sandbox de formation à %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error title: what to do</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 You can practise the whole flow against the built-in training sandbox.</source>
        <comment>%1: why IMS is not used</comment>
        <translation>%1 Vous pouvez vous exercer sur tout le parcours avec la sandbox de formation intégrée.</translation>
    </message>
    <message>
        <source>&amp;Handover report…</source>
        <translation>Rapp&amp;ort de passation…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>Rés&amp;eau…</translation>
    </message>
    <message>
        <source>That configuration no longer exists.</source>
        <translation>Cette configuration n’existe plus.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Reloaded: another program (a command-line run, say) changed the configurations.</source>
        <translation>Rechargé : un autre programme (une commande en ligne de commande, par exemple) a modifié les configurations.</translation>
    </message>
    <message>
        <source>IMS Wizard was started again; this window is the one in use for %1.</source>
        <translation>IMS Wizard a été relancé ; c’est cette fenêtre qui est utilisée pour %1.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>Unknown client ID</source>
        <translation>Client ID inconnu</translation>
    </message>
    <message>
        <source>Adobe IMS does not know this client ID.</source>
        <translation>Adobe IMS ne connaît pas ce Client ID.</translation>
    </message>
    <message>
        <source>Copy the client ID again from the credential in the Adobe Developer Console, and check that the authorization server matches the credential&apos;s environment (production or stage).</source>
        <translation>Copiez de nouveau le Client ID depuis les identifiants de l’Adobe Developer Console, et vérifiez que le serveur d’autorisation correspond à l’environnement des identifiants (production ou stage).</translation>
    </message>
    <message>
        <source>Wrong client secret</source>
        <translation>Secret client erroné</translation>
    </message>
    <message>
        <source>Adobe IMS knows the client ID but rejected the client secret.</source>
        <translation>Adobe IMS connaît le Client ID mais a refusé le secret client.</translation>
    </message>
    <message>
        <source>Use &quot;Retrieve client secret&quot; in the Developer Console and paste it again. If the secret was rotated, use the newer one.</source>
        <translation>Utilisez « Récupérer le secret client » dans la Developer Console et collez-le de nouveau. Si le secret a fait l’objet d’une rotation, utilisez le plus récent.</translation>
    </message>
    <message>
        <source>Client rejected</source>
        <translation>Client refusé</translation>
    </message>
    <message>
        <source>Adobe IMS rejected the client credentials.</source>
        <translation>Adobe IMS a refusé les identifiants du client.</translation>
    </message>
    <message>
        <source>Check the client ID and secret in the Developer Console, and that the credential has the API this configuration is for.</source>
        <translation>Vérifiez le Client ID et le secret dans la Developer Console, et que les identifiants disposent de l’API visée par cette configuration.</translation>
    </message>
    <message>
        <source>Scope not granted</source>
        <translation>Portée non accordée</translation>
    </message>
    <message>
        <source>One or more requested scopes are not granted to this credential.</source>
        <translation>Une ou plusieurs portées demandées ne sont pas accordées à ces identifiants.</translation>
    </message>
    <message>
        <source>Copy the scopes exactly as the Developer Console lists them for the credential, or add the missing API or product profile to the project.</source>
        <translation>Copiez les portées exactement comme la Developer Console les liste pour les identifiants, ou ajoutez au projet l’API ou le profil de produit manquant.</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Jeton refusé</translation>
    </message>
    <message>
        <source>Adobe IMS could not accept the signed JWT: it is malformed or has expired.</source>
        <translation>Adobe IMS n’a pas pu accepter le JWT signé : il est mal formé ou a expiré.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s clock is correct, then try again.</source>
        <translation>Vérifiez que l’horloge de cet ordinateur est exacte, puis réessayez.</translation>
    </message>
    <message>
        <source>Private key does not match</source>
        <translation>La clé privée ne correspond pas</translation>
    </message>
    <message>
        <source>The JWT was signed with a private key whose certificate is not uploaded to this credential.</source>
        <translation>Le JWT a été signé avec une clé privée dont le certificat n’est pas chargé dans ces identifiants.</translation>
    </message>
    <message>
        <source>Upload this configuration&apos;s public certificate to the credential in the Developer Console, or use the private key that belongs to the uploaded certificate.</source>
        <translation>Chargez le certificat public de cette configuration dans les identifiants de la Developer Console, ou utilisez la clé privée qui correspond au certificat chargé.</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Signature non valide</translation>
    </message>
    <message>
        <source>Adobe IMS could not verify the JWT&apos;s signature.</source>
        <translation>Adobe IMS n’a pas pu vérifier la signature du JWT.</translation>
    </message>
    <message>
        <source>Use the private key that belongs to the certificate uploaded to the credential.</source>
        <translation>Utilisez la clé privée qui correspond au certificat chargé dans les identifiants.</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Requête refusée</translation>
    </message>
    <message>
        <source>Adobe IMS rejected the request as malformed.</source>
        <translation>Adobe IMS a refusé la requête car elle est mal formée.</translation>
    </message>
    <message>
        <source>Check the organization ID and technical account ID: they must be copied exactly from the Developer Console.</source>
        <translation>Vérifiez l’ID d’organisation et l’ID du compte technique : ils doivent être copiés exactement depuis la Developer Console.</translation>
    </message>
    <message>
        <source>Adobe IMS error</source>
        <translation>Erreur Adobe IMS</translation>
    </message>
    <message>
        <source>Adobe IMS answered with an internal error.</source>
        <translation>Adobe IMS a répondu par une erreur interne.</translation>
    </message>
    <message>
        <source>Try again later. For a JWT credential this also means it was already converted to OAuth: migrate the configuration.</source>
        <translation>Réessayez plus tard. Pour des identifiants JWT, cela signifie aussi qu’ils ont déjà été convertis en OAuth : migrez la configuration.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message numerus="yes">
        <source>Adobe IMS is throttling this client: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Adobe IMS limite ce client : attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Adobe IMS limite ce client : attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adobe IMS is throttling this client.</source>
        <translation>Adobe IMS limite ce client.</translation>
    </message>
    <message>
        <source>Wait, then check again. Applications should cache the token until shortly before it expires instead of requesting a new one for each call.</source>
        <translation>Attendez, puis vérifiez de nouveau. Les applications doivent mettre le jeton en cache jusqu’à peu avant son expiration au lieu d’en demander un nouveau à chaque appel.</translation>
    </message>
    <message>
        <source>Adobe IMS answered with the error &quot;%1&quot;.</source>
        <translation>Adobe IMS a répondu par l’erreur « %1 ».</translation>
    </message>
    <message>
        <source>Read the server&apos;s description below and check the credential in the Developer Console.</source>
        <translation>Lisez la description du serveur ci-dessous et vérifiez les identifiants dans la Developer Console.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 and no error description.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1 et sans description d’erreur.</translation>
    </message>
    <message>
        <source>Check that the authorization server is Adobe IMS (for example https://ims-na1.adobelogin.com) and that no proxy is answering instead.</source>
        <translation>Vérifiez que le serveur d’autorisation est bien Adobe IMS (par exemple https://ims-na1.adobelogin.com) et qu’aucun proxy ne répond à sa place.</translation>
    </message>
    <message>
        <source>Incomplete token response</source>
        <translation>Réponse de jeton incomplète</translation>
    </message>
    <message>
        <source>The server answered successfully but without a usable access token.</source>
        <translation>Le serveur a répondu avec succès, mais sans jeton d’accès utilisable.</translation>
    </message>
    <message>
        <source>Check that the authorization server is Adobe IMS and not a proxy or another service.</source>
        <translation>Vérifiez que le serveur d’autorisation est bien Adobe IMS et non un proxy ou un autre service.</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>The authorization server did not answer in time.</source>
        <translation>Le serveur d’autorisation n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then try again.</source>
        <translation>Vérifiez la connexion réseau et les paramètres du proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified.</source>
        <translation>Le certificat TLS du serveur n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>If a corporate proxy inspects TLS, add its CA certificate for IMS connections. Never turn verification off.</source>
        <translation>Si un proxy d’entreprise inspecte le TLS, ajoutez son certificat d’AC pour les connexions IMS. Ne désactivez jamais la vérification.</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Serveur introuvable</translation>
    </message>
    <message>
        <source>The authorization server&apos;s host name could not be resolved.</source>
        <translation>Le nom d’hôte du serveur d’autorisation n’a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Check the authorization server URL and this computer&apos;s DNS and proxy settings. Without a network, use the training sandbox.</source>
        <translation>Vérifiez l’URL du serveur d’autorisation ainsi que les paramètres DNS et proxy de cet ordinateur. Sans réseau, utilisez la sandbox de formation.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>The authorization server refused the connection.</source>
        <translation>Le serveur d’autorisation a refusé la connexion.</translation>
    </message>
    <message>
        <source>Check the URL and port, and whether a firewall or proxy blocks the connection.</source>
        <translation>Vérifiez l’URL et le port, et si un pare-feu ou un proxy bloque la connexion.</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Le serveur a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check proxies or firewalls between this computer and Adobe IMS.</source>
        <translation>Réessayez ; si le problème persiste, vérifiez les proxys ou pare-feu entre cet ordinateur et Adobe IMS.</translation>
    </message>
    <message>
        <source>Not an IMS answer</source>
        <translation>Pas une réponse d’IMS</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not JSON, so it did not come from Adobe IMS.</source>
        <translation>La réponse du serveur n’est pas du JSON ; elle ne provient donc pas d’Adobe IMS.</translation>
    </message>
    <message>
        <source>Check the authorization server URL; a proxy or captive portal may be answering instead.</source>
        <translation>Vérifiez l’URL du serveur d’autorisation ; un proxy ou un portail captif répond peut-être à sa place.</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Réponse trop volumineuse</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than any token response and was cut off.</source>
        <translation>La réponse du serveur était bien plus volumineuse que toute réponse de jeton et a été tronquée.</translation>
    </message>
    <message>
        <source>Check the authorization server URL; this is not Adobe IMS answering.</source>
        <translation>Vérifiez l’URL du serveur d’autorisation ; ce n’est pas Adobe IMS qui répond.</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirection refusée</translation>
    </message>
    <message>
        <source>The server redirected the token request elsewhere. It was not followed, so the client secret was not sent again.</source>
        <translation>Le serveur a redirigé la demande de jeton ailleurs. La redirection n’a pas été suivie ; le secret client n’a donc pas été renvoyé.</translation>
    </message>
    <message>
        <source>Use the authorization server&apos;s final address directly.</source>
        <translation>Utilisez directement l’adresse finale du serveur d’autorisation.</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>The request failed on the network.</source>
        <translation>La requête a échoué sur le réseau.</translation>
    </message>
    <message>
        <source>Made by a newer version</source>
        <translation>Créé par une version plus récente</translation>
    </message>
    <message>
        <source>The configurations file was written by a newer version of IMS Wizard.</source>
        <translation>Le fichier des configurations a été écrit par une version plus récente d’IMS Wizard.</translation>
    </message>
    <message>
        <source>Update IMS Wizard. The file was left unchanged.</source>
        <translation>Mettez à jour IMS Wizard. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Configurations file damaged</source>
        <translation>Fichier des configurations endommagé</translation>
    </message>
    <message>
        <source>The configurations file could not be read.</source>
        <translation>Le fichier des configurations n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Restore it from a backup; it was left unchanged.</source>
        <translation>Restaurez-le à partir d’une sauvegarde ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>The configurations file could not be written.</source>
        <translation>Le fichier des configurations n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Check free disk space and the permissions of the configuration folder.</source>
        <translation>Vérifiez l’espace disque libre et les autorisations du dossier de configuration.</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Déjà ouvert</translation>
    </message>
    <message>
        <source>Another IMS Wizard window is using the configurations.</source>
        <translation>Une autre fenêtre d’IMS Wizard utilise les configurations.</translation>
    </message>
    <message>
        <source>Close the other window, then try again.</source>
        <translation>Fermez l’autre fenêtre, puis réessayez.</translation>
    </message>
    <message>
        <source>Secret missing</source>
        <translation>Secret manquant</translation>
    </message>
    <message>
        <source>The secret for this configuration is not in the keychain.</source>
        <translation>Le secret de cette configuration ne se trouve pas dans le trousseau.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <source>No keychain service is available, so the secret cannot be stored safely.</source>
        <translation>Aucun service de trousseau n’est disponible ; le secret ne peut donc pas être stocké en toute sécurité.</translation>
    </message>
    <message>
        <source>Start the desktop&apos;s keychain (GNOME Keyring or KWallet with the Secret Service) and try again. IMS Wizard never stores secrets in plain files.</source>
        <translation>Démarrez le trousseau du bureau (GNOME Keyring ou KWallet avec le Secret Service) et réessayez. IMS Wizard ne stocke jamais de secrets dans des fichiers ordinaires.</translation>
    </message>
    <message>
        <source>Keychain locked</source>
        <translation>Trousseau verrouillé</translation>
    </message>
    <message>
        <source>Keychain access denied</source>
        <translation>Accès au trousseau refusé</translation>
    </message>
    <message>
        <source>Keychain error</source>
        <translation>Erreur du trousseau</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the desktop&apos;s keychain service.</source>
        <translation>Réessayez ; si le problème persiste, vérifiez le service de trousseau du bureau.</translation>
    </message>
    <message>
        <source>Cryptography error</source>
        <translation>Erreur cryptographique</translation>
    </message>
    <message>
        <source>A key or certificate operation failed.</source>
        <translation>Une opération sur une clé ou un certificat a échoué.</translation>
    </message>
    <message>
        <source>Check that the file is a valid key or certificate and that the passphrase is right.</source>
        <translation>Vérifiez que le fichier est une clé ou un certificat valide et que la phrase secrète est correcte.</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Phrase secrète erronée</translation>
    </message>
    <message>
        <source>The file is protected and the passphrase does not open it.</source>
        <translation>Le fichier est protégé et la phrase secrète ne permet pas de l’ouvrir.</translation>
    </message>
    <message>
        <source>Enter the passphrase or keystore password it was exported with.</source>
        <translation>Saisissez la phrase secrète ou le mot de passe du keystore utilisé lors de l’export.</translation>
    </message>
    <message>
        <source>Key and certificate do not belong together</source>
        <translation>La clé et le certificat ne vont pas ensemble</translation>
    </message>
    <message>
        <source>The private key is not the one the certificate was made for.</source>
        <translation>La clé privée n’est pas celle pour laquelle le certificat a été créé.</translation>
    </message>
    <message>
        <source>Choose the private key that was generated with this certificate (for the Developer Console&apos;s config.zip: private.key with certificate_pub.crt).</source>
        <translation>Choisissez la clé privée générée avec ce certificat (pour le config.zip de la Developer Console : private.key avec certificate_pub.crt).</translation>
    </message>
    <message>
        <source>Unsupported key</source>
        <translation>Clé non prise en charge</translation>
    </message>
    <message>
        <source>Adobe IMS needs an RSA key of at least 2048 bits.</source>
        <translation>Adobe IMS exige une clé RSA d’au moins 2048 bits.</translation>
    </message>
    <message>
        <source>Create a new certificate here, or generate an RSA 2048 key pair.</source>
        <translation>Créez ici un nouveau certificat, ou générez une paire de clés RSA 2048.</translation>
    </message>
    <message>
        <source>JWT credentials reached end of life</source>
        <translation>Les identifiants JWT sont arrivés en fin de vie</translation>
    </message>
    <message>
        <source>Adobe stopped JWT (Service Account) credentials on 30 June 2025; new ones cannot be created against Adobe IMS.</source>
        <translation>Adobe a arrêté les identifiants JWT (compte de service) le 30 juin 2025 ; il n’est plus possible d’en créer auprès d’Adobe IMS.</translation>
    </message>
    <message>
        <source>Create an OAuth Server-to-Server configuration instead. To practise the legacy flow, use the training sandbox.</source>
        <translation>Créez plutôt une configuration OAuth Server-to-Server. Pour vous exercer à l’ancien parcours, utilisez la sandbox de formation.</translation>
    </message>
    <message>
        <source>Unreadable input</source>
        <translation>Entrée illisible</translation>
    </message>
    <message>
        <source>The input could not be read.</source>
        <translation>L’entrée n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Check that it is the file or text the Developer Console gave you.</source>
        <translation>Vérifiez qu’il s’agit bien du fichier ou du texte fourni par la Developer Console.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>IMS error: %1</source>
        <translation>Erreur IMS : %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Solution cloud</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Serveur d’autorisation</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID d’organisation</translation>
    </message>
    <message>
        <source>Technical account ID</source>
        <translation>ID du compte technique</translation>
    </message>
    <message>
        <source>Technical account email</source>
        <translation>E-mail du compte technique</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Metascopes</source>
        <translation>Métascopes</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 must use https:// (plain http:// is allowed only for this computer).</source>
        <translation>%1 doit utiliser https:// (http:// simple n’est autorisé que pour cet ordinateur).</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>%1 must be the server only, without &quot;%2&quot;.</source>
        <translation>%1 doit indiquer uniquement le serveur, sans « %2 ».</translation>
    </message>
    <message>
        <source>%1 must end with @AdobeOrg.</source>
        <translation>%1 doit se terminer par @AdobeOrg.</translation>
    </message>
    <message>
        <source>%1 must end with @techacct.adobe.com.</source>
        <translation>%1 doit se terminer par @techacct.adobe.com.</translation>
    </message>
    <message>
        <source>%1 may contain only letters, digits, dots, dashes and underscores (3 to 128).</source>
        <translation>%1 ne peut contenir que des lettres, des chiffres, des points, des tirets et des traits de soulignement (3 à 128).</translation>
    </message>
    <message>
        <source>%1 must not contain spaces.</source>
        <translation>%1 ne doit pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; contains characters scopes never have.</source>
        <translation>La portée « %1 » contient des caractères qu’une portée ne contient jamais.</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is listed twice.</source>
        <translation>La portée « %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>Choose a cloud solution from the list.</source>
        <translation>Choisissez une solution cloud dans la liste.</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation>Ce n’est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>This JSON is not a Developer Console project or credential download.</source>
        <translation>Ce JSON n’est pas un téléchargement de projet ou d’identifiants de la Developer Console.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; has the wrong type.</source>
        <translation>La valeur de « %1 » n’a pas le bon type.</translation>
    </message>
    <message>
        <source>The file contains no OAuth Server-to-Server credential.</source>
        <translation>Le fichier ne contient aucun identifiant OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>The file contains a JWT (Service Account) credential, which reached end of life. Add an OAuth Server-to-Server credential in the Developer Console and download again.</source>
        <translation>Le fichier contient des identifiants JWT (compte de service), arrivés en fin de vie. Ajoutez des identifiants OAuth Server-to-Server dans la Developer Console et téléchargez de nouveau.</translation>
    </message>
    <message>
        <source>JWT credentials reached end of life on 30 June 2025: new ones work only in the training sandbox. Choose OAuth Server-to-Server.</source>
        <translation>Les identifiants JWT sont arrivés en fin de vie le 30 juin 2025 : les nouveaux ne fonctionnent que dans la sandbox de formation. Choisissez OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>%1 has expired. Create a new certificate.</source>
        <translation>%1 a expiré. Créez un nouveau certificat.</translation>
    </message>
    <message>
        <source>Enter the client secret again: Properties → &quot;Enter the client secret again…&quot;, or ims-wizard set-secret NAME --secret-stdin. The configuration is kept, marked &quot;secret missing&quot;.</source>
        <translation>Saisissez de nouveau le secret client : Propriétés → « Saisir de nouveau le secret client… », ou ims-wizard set-secret NAME --secret-stdin. La configuration est conservée et marquée « secret manquant ».</translation>
    </message>
    <message>
        <source>The keychain is locked, so the secret can be neither read nor stored. Nothing was saved without it.</source>
        <translation>Le trousseau est verrouillé ; le secret ne peut donc être ni lu ni stocké. Rien n’a été enregistré sans lui.</translation>
    </message>
    <message>
        <source>Unlock the keychain (for example the &quot;Login&quot; keyring in Passwords and Keys), then try again.</source>
        <translation>Déverrouillez le trousseau (par exemple le trousseau « Connexion » dans Mots de passe et clés), puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain refused access, so the secret can be neither read nor stored. Nothing was saved without it.</source>
        <translation>Le trousseau a refusé l’accès ; le secret ne peut donc être ni lu ni stocké. Rien n’a été enregistré sans lui.</translation>
    </message>
    <message>
        <source>Allow IMS Wizard to use the keychain (answer the keychain&apos;s prompt, or check its access settings), then try again.</source>
        <translation>Autorisez IMS Wizard à utiliser le trousseau (répondez à sa demande, ou vérifiez ses paramètres d’accès), puis réessayez.</translation>
    </message>
    <message>
        <source>Certificate for another server</source>
        <translation>Certificat d’un autre serveur</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was made for a different host name than the authorization server URL, so the connection was not made and no secret was sent.</source>
        <translation>Le certificat TLS du serveur a été émis pour un autre nom d’hôte que celui de l’URL du serveur d’autorisation ; la connexion n’a donc pas été établie et aucun secret n’a été envoyé.</translation>
    </message>
    <message>
        <source>Check the authorization server URL for typos (for example ims-na1.adobelogin.com), and whether a proxy or DNS entry sends the request to another server.</source>
        <translation>Vérifiez que l’URL du serveur d’autorisation ne contient pas de faute de frappe (par exemple ims-na1.adobelogin.com), et si un proxy ou une entrée DNS envoie la requête à un autre serveur.</translation>
    </message>
    <message>
        <source>Server certificate expired</source>
        <translation>Certificat du serveur expiré</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is outside its validity period, so the connection was not made and no secret was sent.</source>
        <translation>Le certificat TLS du serveur est hors de sa période de validité ; la connexion n’a donc pas été établie et aucun secret n’a été envoyé.</translation>
    </message>
    <message>
        <source>First check this computer&apos;s date and time. If they are right, the server (or a proxy in between) presents an expired certificate: tell its operator.</source>
        <translation>Vérifiez d’abord la date et l’heure de cet ordinateur. Si elles sont correctes, le serveur (ou un proxy intermédiaire) présente un certificat expiré : prévenez son exploitant.</translation>
    </message>
    <message>
        <source>Answer interrupted</source>
        <translation>Réponse interrompue</translation>
    </message>
    <message>
        <source>The server started to answer, but the connection broke before the answer was complete. Nothing was saved.</source>
        <translation>Le serveur a commencé à répondre, mais la connexion a été coupée avant la fin de la réponse. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Check again. If it keeps happening, an unstable network, a VPN or a proxy is cutting the connection.</source>
        <translation>Vérifiez de nouveau. Si cela se reproduit, un réseau instable, un VPN ou un proxy coupe la connexion.</translation>
    </message>
    <message>
        <source>Answer too slow</source>
        <translation>Réponse trop lente</translation>
    </message>
    <message>
        <source>The server started to answer but sent it so slowly that it did not complete in time. Nothing was saved.</source>
        <translation>Le serveur a commencé à répondre, mais si lentement que la réponse n’a pas pu se terminer à temps. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Check again later. A congested network, a throttling proxy or an overloaded server can cause this.</source>
        <translation>Vérifiez de nouveau plus tard. Un réseau encombré, un proxy qui limite le débit ou un serveur surchargé peut en être la cause.</translation>
    </message>
    <message>
        <source>Malformed token request</source>
        <translation>Demande de jeton mal formée</translation>
    </message>
    <message>
        <source>Adobe IMS could not read the token request (invalid_request): a parameter is missing or malformed.</source>
        <translation>Adobe IMS n’a pas pu lire la demande de jeton (invalid_request) : un paramètre est manquant ou mal formé.</translation>
    </message>
    <message>
        <source>Check that the authorization server is the IMS base URL only, and that no proxy rewrites the request body.</source>
        <translation>Vérifiez que le serveur d’autorisation est uniquement l’URL de base d’IMS et qu’aucun proxy ne réécrit le corps de la requête.</translation>
    </message>
    <message>
        <source>Grant type not supported</source>
        <translation>Type d’autorisation non pris en charge</translation>
    </message>
    <message>
        <source>Adobe IMS does not accept this grant type for the credential (unsupported_grant_type).</source>
        <translation>Adobe IMS n’accepte pas ce type d’autorisation pour ces identifiants (unsupported_grant_type).</translation>
    </message>
    <message>
        <source>Use an OAuth Server-to-Server credential (client_credentials) from the Developer Console, not a user-login (OAuth Web App or Single-Page App) credential.</source>
        <translation>Utilisez des identifiants OAuth Server-to-Server (client_credentials) de la Developer Console, et non des identifiants de connexion utilisateur (OAuth Web App ou Single-Page App).</translation>
    </message>
    <message>
        <source>Clock out of step</source>
        <translation>Horloge décalée</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) behind the server&apos;s (from the server&apos;s Date header).</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur retarde de %n seconde sur celle du serveur (d’après l’en-tête Date du serveur).</numerusform>
            <numerusform>L’horloge de cet ordinateur retarde de %n secondes sur celle du serveur (d’après l’en-tête Date du serveur).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) ahead of the server&apos;s (from the server&apos;s Date header).</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur avance de %n seconde sur celle du serveur (d’après l’en-tête Date du serveur).</numerusform>
            <numerusform>L’horloge de cet ordinateur avance de %n secondes sur celle du serveur (d’après l’en-tête Date du serveur).</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on automatic time (NTP) for this computer. OAuth tokens still work, but their expiry times look shifted, and JWT credentials are rejected beyond about 30 seconds.</source>
        <translation>Activez la mise à l’heure automatique (NTP) sur cet ordinateur. Les jetons OAuth fonctionnent toujours, mais leurs heures d’expiration semblent décalées, et les identifiants JWT sont refusés au-delà d’environ 30 secondes.</translation>
    </message>
    <message>
        <source>Proxy sign-in failed</source>
        <translation>Échec de l’authentification auprès du proxy</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password, and none were set or it rejected them. The same password is not sent again, so the proxy account is not locked.</source>
        <translation>Le proxy demande un nom d’utilisateur et un mot de passe, et aucun n’était défini ou il les a refusés. Le même mot de passe n’est pas renvoyé, afin que le compte du proxy ne soit pas verrouillé.</translation>
    </message>
    <message>
        <source>Open Network settings and enter the proxy user name and password again (ask your network administrator which account to use).</source>
        <translation>Ouvrez les paramètres réseau et saisissez de nouveau le nom d’utilisateur et le mot de passe du proxy (demandez à votre administrateur réseau quel compte utiliser).</translation>
    </message>
    <message>
        <source>Proxy not reachable</source>
        <translation>Proxy injoignable</translation>
    </message>
    <message>
        <source>The proxy could not be reached, or it refused the connection.</source>
        <translation>Le proxy n’a pas pu être joint, ou il a refusé la connexion.</translation>
    </message>
    <message>
        <source>Check the proxy host and port in Network settings, or choose &quot;System proxy&quot; or &quot;No proxy&quot; there.</source>
        <translation>Vérifiez l’hôte et le port du proxy dans les paramètres réseau, ou choisissez-y « Proxy du système » ou « Aucun proxy ».</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The server presented a certificate chain that this computer does not trust, so no secret was sent. A corporate proxy that inspects TLS is the usual cause: the certificates below show who signed it.</source>
        <translation>Le serveur a présenté une chaîne de certificats à laquelle cet ordinateur ne fait pas confiance ; aucun secret n’a donc été envoyé. Un proxy d’entreprise qui inspecte le TLS en est la cause habituelle : les certificats ci-dessous montrent qui l’a signée.</translation>
    </message>
    <message>
        <source>If the issuer is your company&apos;s proxy, ask for its CA certificate and add it in Network settings (it is trusted for IMS connections only). Otherwise do not continue: someone may be intercepting the connection. Verification is never turned off.</source>
        <translation>Si l’émetteur est le proxy de votre entreprise, demandez son certificat d’AC et ajoutez-le dans les paramètres réseau (il n’est approuvé que pour les connexions IMS). Sinon, n’allez pas plus loin : quelqu’un intercepte peut-être la connexion. La vérification n’est jamais désactivée.</translation>
    </message>
    <message>
        <source>Certificates presented (first is the server&apos;s):</source>
        <translation>Certificats présentés (le premier est celui du serveur) :</translation>
    </message>
    <message>
        <source>%1. Subject: %2</source>
        <translation>%1. Sujet : %2</translation>
    </message>
    <message>
        <source>   Issuer: %1</source>
        <translation>   Émetteur : %1</translation>
    </message>
    <message>
        <source>   SHA-256: %1</source>
        <translation>   SHA-256 : %1</translation>
    </message>
    <message>
        <source>   Valid: %1 to %2</source>
        <translation>   Validité : du %1 au %2</translation>
    </message>
    <message>
        <source>Target refused: product role</source>
        <translation>Target a refusé : rôle de produit</translation>
    </message>
    <message>
        <source>Adobe Target accepted the token but refused the request: the credential&apos;s technical account has the Target product role Observer (or none), which may only read.</source>
        <translation>Adobe Target a accepté le jeton mais refusé la requête : le compte technique des identifiants a le rôle de produit Target Observer (ou aucun), qui ne permet que la lecture.</translation>
    </message>
    <message>
        <source>In the Admin Console, open Adobe Target, the product profile of this credential, and give the technical account (API credentials) the role Editor. Then connect again.</source>
        <translation>Dans l’Admin Console, ouvrez Adobe Target, le profil de produit de ces identifiants, et donnez au compte technique (API credentials) le rôle Editor. Puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Unknown Target tenant</source>
        <translation>Tenant Target inconnu</translation>
    </message>
    <message>
        <source>Adobe Target does not know this Tenant ID.</source>
        <translation>Adobe Target ne connaît pas ce Tenant ID.</translation>
    </message>
    <message>
        <source>Copy the tenant from the Experience Cloud address (the part after @ in experience.adobe.com/#/@tenant/target) into Tenant ID.</source>
        <translation>Copiez le tenant depuis l’adresse d’Experience Cloud (la partie après @ dans experience.adobe.com/#/@tenant/target) dans Tenant ID.</translation>
    </message>
    <message>
        <source>A Brand Portal configuration exists</source>
        <translation>Une configuration Brand Portal existe déjà</translation>
    </message>
    <message>
        <source>AEM allows exactly one Brand Portal IMS configuration.</source>
        <translation>AEM n’autorise qu’une seule configuration IMS Brand Portal.</translation>
    </message>
    <message>
        <source>Replace the existing configuration, or cancel and edit it instead.</source>
        <translation>Remplacez la configuration existante, ou annulez et modifiez-la plutôt.</translation>
    </message>
    <message>
        <source>AEM version</source>
        <translation>Version d’AEM</translation>
    </message>
    <message>
        <source>Cloud service setting</source>
        <translation>Paramètre du service cloud</translation>
    </message>
    <message>
        <source>AEM 6.3 or earlier</source>
        <translation>AEM 6.3 ou antérieur</translation>
    </message>
    <message>
        <source>AEM 6.4, or 6.5 before SP20</source>
        <translation>AEM 6.4, ou 6.5 avant le SP20</translation>
    </message>
    <message>
        <source>AEM 6.5 SP20 or later (or with the hotfix)</source>
        <translation>AEM 6.5 SP20 ou ultérieur (ou avec le correctif)</translation>
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
        <translation>Accord pour remplacer la configuration Brand Portal existante</translation>
    </message>
    <message>
        <source>AEM 6.3 and earlier have no IMS configuration for this solution; only Adobe I/O Events has a legacy Cloud Services configuration there. Choose a newer AEM version or Adobe I/O Events.</source>
        <translation>AEM 6.3 et versions antérieures n’ont pas de configuration IMS pour cette solution ; seul Adobe I/O Events y a une ancienne configuration Cloud Services. Choisissez une version d’AEM plus récente ou Adobe I/O Events.</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server needs AEM 6.5 Service Pack 20 or later, or SP11–SP19 with the %1.</source>
        <translation>OAuth Server-to-Server nécessite AEM 6.5 Service Pack 20 ou ultérieur, ou SP11–SP19 avec le %1.</translation>
    </message>
    <message>
        <source>Choose one of the values offered for %1.</source>
        <translation>Choisissez l’une des valeurs proposées pour %1.</translation>
    </message>
    <message>
        <source>%1 may contain only lower-case letters, digits, dashes and underscores.</source>
        <translation>%1 ne peut contenir que des lettres minuscules, des chiffres, des tirets et des traits de soulignement.</translation>
    </message>
    <message>
        <source>%1 must look like https://&lt;tenant&gt;.brand-portal.adobe.com.</source>
        <translation>%1 doit avoir la forme https://&lt;tenant&gt;.brand-portal.adobe.com.</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>migrate takes one NAME.</source>
        <translation>migrate attend un seul NAME.</translation>
    </message>
    <message>
        <source>%1 uses OAuth Server-to-Server already.</source>
        <translation>%1 utilise déjà OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>%1 is the rollback copy of a migration; migrate the live configuration.</source>
        <translation>%1 est la copie de restauration d’une migration ; migrez la configuration active.</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>secret client OAuth</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Developer Console credential download.</source>
        <translation>%1 n’est pas un téléchargement d’identifiants de la Developer Console.</translation>
    </message>
    <message>
        <source>%1 does not belong to this configuration.</source>
        <translation>%1 n’appartient pas à cette configuration.</translation>
    </message>
    <message>
        <source>The OAuth credential&apos;s client secret is needed: give it with --secret-stdin or --secret-env VAR (or in the --credential download).</source>
        <translation>Le secret client des identifiants OAuth est nécessaire : fournissez-le avec --secret-stdin ou --secret-env VAR (ou dans le téléchargement --credential).</translation>
    </message>
    <message>
        <source>Not everything the OAuth configuration needs was given: --scopes LIST or --credential FILE (the OAuth credential&apos;s Developer Console download).</source>
        <translation>Tout ce dont la configuration OAuth a besoin n’a pas été fourni : --scopes LISTE ou --credential FICHIER (le téléchargement des identifiants OAuth depuis la Developer Console).</translation>
    </message>
    <message>
        <source>The migration cannot go ahead; nothing was changed.</source>
        <translation>La migration ne peut pas avoir lieu ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>Checking the OAuth credential of %1…</source>
        <translation>Vérification des identifiants OAuth de %1…</translation>
    </message>
    <message>
        <source>The OAuth credential does not work yet; nothing was changed.</source>
        <translation>Les identifiants OAuth ne fonctionnent pas encore ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 changed meanwhile or was migrated already; nothing was changed.</source>
        <translation>%1 a été modifiée entre-temps ou déjà migrée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Migrated %1 to OAuth Server-to-Server; the token check passed.</source>
        <translation>%1 migrée vers OAuth Server-to-Server ; la vérification du jeton a réussi.</translation>
    </message>
    <message>
        <source>The JWT configuration is kept as the rollback copy %1.</source>
        <translation>La configuration JWT est conservée comme copie de restauration %1.</translation>
    </message>
    <message>
        <source>Next: update AEM&apos;s IMS configuration (for example with `ims-wizard export %1 --format osgi`).</source>
        <translation>Étape suivante : mettez à jour la configuration IMS d’AEM (par exemple avec `ims-wizard export %1 --format osgi`).</translation>
    </message>
    <message>
        <source>Migrate a JWT configuration to OAuth Server-to-Server.</source>
        <translation>Migrer une configuration JWT vers OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>Turns a JWT configuration into OAuth Server-to-Server after the OAuth credential was added to the project in the Adobe Developer Console. Client ID, organization, technical account, solution and title carry over; the OAuth client secret comes from stdin or an environment variable, the scopes from --scopes or the credential&apos;s download (--credential). A real token request proves the new credential before anything changes; then the secret goes to the keychain and the configuration is switched, keeping the JWT configuration as a rollback copy. On any failure nothing changes.</source>
        <translation>Transforme une configuration JWT en OAuth Server-to-Server une fois les identifiants OAuth ajoutés au projet dans l’Adobe Developer Console. Le Client ID, l’organisation, le compte technique, la solution et le titre sont repris ; le secret client OAuth provient de stdin ou d’une variable d’environnement, les portées de --scopes ou du téléchargement des identifiants (--credential). Une véritable demande de jeton valide les nouveaux identifiants avant toute modification ; ensuite le secret va dans le trousseau et la configuration est basculée, la configuration JWT étant conservée comme copie de restauration. En cas d’échec, rien ne change.</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from stdin.</source>
        <translation>Lire le secret client OAuth sur stdin.</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from the environment variable &lt;var&gt;.</source>
        <translation>Lire le secret client OAuth dans la variable d’environnement &lt;var&gt;.</translation>
    </message>
    <message>
        <source>The OAuth credential&apos;s scopes, comma-separated.</source>
        <translation>Les portées des identifiants OAuth, séparées par des virgules.</translation>
    </message>
    <message>
        <source>The OAuth credential&apos;s Developer Console download (JSON): scopes, and the secret unless given otherwise.</source>
        <translation>Le téléchargement (JSON) des identifiants OAuth depuis la Developer Console : les portées, et le secret s’il n’est pas fourni autrement.</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Token retrieved successfully</source>
        <translation>Jeton récupéré avec succès</translation>
    </message>
    <message>
        <source>Migrate to OAuth Server-to-Server</source>
        <translation>Migrer vers OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>In the Developer Console, add an OAuth Server-to-Server credential to the same project. It keeps the client ID, technical account, APIs and product profiles; only the secret and the scopes are new.</source>
        <translation>Dans la Developer Console, ajoutez des identifiants OAuth Server-to-Server au même projet. Ils conservent le Client ID, le compte technique, les API et les profils de produit ; seuls le secret et les portées sont nouveaux.</translation>
    </message>
    <message>
        <source>Carries over: %1</source>
        <translation>Repris : %1</translation>
    </message>
    <message>
        <source>From the Developer Console: %1. Metascopes do not map to scopes one to one: take the scopes the console lists.</source>
        <translation>Depuis la Developer Console : %1. Les métascopes ne correspondent pas un à un aux portées : reprenez les portées que liste la console.</translation>
    </message>
    <message>
        <source>The JWT configuration and its private key are kept as a rollback copy until you delete it.</source>
        <translation>La configuration JWT et sa clé privée sont conservées comme copie de restauration jusqu’à ce que vous la supprimiez.</translation>
    </message>
    <message>
        <source>OAuth credential</source>
        <translation>Identifiants OAuth</translation>
    </message>
    <message>
        <source>Paste the credential&apos;s &quot;Download JSON&quot;, or copy the client secret and the scopes from the Developer Console.</source>
        <translation>Collez le « Download JSON » des identifiants, ou copiez le secret client et les portées depuis la Developer Console.</translation>
    </message>
    <message>
        <source>Add the OAuth credential in the &amp;sandbox</source>
        <translation>Ajouter les identifiants OAuth dans la &amp;sandbox</translation>
    </message>
    <message>
        <source>Stands in for the Developer Console: converts the sandbox credential and fills its OAuth secret and scopes</source>
        <translation>Remplace la Developer Console : convertit les identifiants de la sandbox et remplit leur secret OAuth et leurs portées</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>secret client OAuth</translation>
    </message>
    <message>
        <source>OAuth client s&amp;ecret:</source>
        <translation>S&amp;ecret client OAuth :</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>&amp;Portées :</translation>
    </message>
    <message>
        <source>This credential is not one of the sandbox&apos;s.</source>
        <translation>Ces identifiants n’appartiennent pas à la sandbox.</translation>
    </message>
    <message>
        <source>The sandbox credential now has an OAuth credential; its JWT exchange answers as a converted one does.</source>
        <translation>Les identifiants de la sandbox ont maintenant des identifiants OAuth ; leur échange JWT répond comme le fait un identifiant converti.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>The new OAuth credential must return a token. The old JWT credential is checked beside it, for comparison.</source>
        <translation>Les nouveaux identifiants OAuth doivent renvoyer un jeton. Les anciens identifiants JWT sont vérifiés à côté, pour comparaison.</translation>
    </message>
    <message>
        <source>New: OAuth Server-to-Server</source>
        <translation>Nouveau : OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Old: JWT</source>
        <translation>Ancien : JWT</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <source>Expected once the credential is converted.</source>
        <translation>Attendu une fois les identifiants convertis.</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>Demande d’un jeton…</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non vérifié : %1</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Bascule</translation>
    </message>
    <message>
        <source>Replace the JWT configuration with the OAuth one. The JWT configuration is kept as a rollback copy; &quot;Roll back migration&quot; in the console undoes the switch until you delete the copy.</source>
        <translation>Remplacer la configuration JWT par la configuration OAuth. La configuration JWT est conservée comme copie de restauration ; « Annuler la migration » dans la console annule la bascule tant que vous n’avez pas supprimé la copie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will use OAuth Server-to-Server with the scopes %2.</source>
        <translation>« %1 » utilisera OAuth Server-to-Server avec les portées %2.</translation>
    </message>
    <message>
        <source>Migrate &quot;%1&quot; to OAuth</source>
        <translation>Migrer « %1 » vers OAuth</translation>
    </message>
    <message>
        <source>S&amp;witch to OAuth</source>
        <translation>&amp;Basculer vers OAuth</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>not a Developer Console download.</source>
        <translation>ce n’est pas un téléchargement de la Developer Console.</translation>
    </message>
    <message>
        <source>Not imported: this is a JWT credential. Download the OAuth Server-to-Server credential.</source>
        <translation>Non importé : ce sont des identifiants JWT. Téléchargez les identifiants OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>Took the secret and scopes from the OAuth credential.</source>
        <translation>Secret et portées repris des identifiants OAuth.</translation>
    </message>
    <message>
        <source>Not switched; nothing was changed. %1: %2 %3</source>
        <translation>Non basculée ; rien n’a été modifié. %1 : %2 %3</translation>
    </message>
    <message>
        <source>Paste &amp;JSON</source>
        <translation>Coller le &amp;JSON</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network settings</source>
        <translation>Paramètres réseau</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>Utiliser les paramètres de proxy du &amp;système</translation>
    </message>
    <message>
        <source>Use &amp;this proxy:</source>
        <translation>Utiliser &amp;ce proxy :</translation>
    </message>
    <message>
        <source>&amp;No proxy (connect directly)</source>
        <translation>&amp;Aucun proxy (connexion directe)</translation>
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
        <translation>uniquement si le proxy le demande</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>inchangé (conservé dans le trousseau)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Corporate TLS inspection</source>
        <translation>Inspection TLS d’entreprise</translation>
    </message>
    <message>
        <source>If your company&apos;s proxy inspects TLS, add its CA certificate here. It is trusted for connections to Adobe IMS only, never for anything else, and certificate verification is never turned off.</source>
        <translation>Si le proxy de votre entreprise inspecte le TLS, ajoutez ici son certificat d’AC. Il n’est approuvé que pour les connexions à Adobe IMS, jamais pour autre chose, et la vérification des certificats n’est jamais désactivée.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;CA certificate (PEM):</source>
        <translation>Cer&amp;tificat d’AC (PEM) :</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat d’AC</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>CA certificate of the proxy</source>
        <translation>Certificat d’AC du proxy</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Enter the proxy port (1 to 65535).</source>
        <translation>Saisissez le port du proxy (1 à 65535).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: enter a number from 1 to 65535.</source>
        <translation>« %1 » n’est pas un port : saisissez un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Enter the password for the proxy user %1.</source>
        <translation>Saisissez le mot de passe de l’utilisateur du proxy %1.</translation>
    </message>
    <message>
        <source>Enter the proxy user the password belongs to.</source>
        <translation>Saisissez l’utilisateur du proxy auquel appartient le mot de passe.</translation>
    </message>
    <message>
        <source>The proxy password could not be saved: %1 %2</source>
        <translation>Le mot de passe du proxy n’a pas pu être enregistré : %1 %2</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Enter the proxy host.</source>
        <translation>Saisissez l’hôte du proxy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address. Enter it without http:// and without a port, for example proxy.example.com.</source>
        <translation>« %1 » n’est ni un nom d’hôte ni une adresse. Saisissez-le sans http:// et sans port, par exemple proxy.example.com.</translation>
    </message>
    <message>
        <source>Enter the proxy port (1 to 65535).</source>
        <translation>Saisissez le port du proxy (1 à 65535).</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation>Impossible de lire le fichier de certificat d’AC %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (expected PEM or DER).</source>
        <translation>%1 ne contient aucun certificat (attendu : PEM ou DER).</translation>
    </message>
    <message>
        <source>The proxy password for %1 is not in the keychain.</source>
        <translation>Le mot de passe du proxy pour %1 n’est pas dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Properties — %1</source>
        <translation>Propriétés — %1</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated): read-only, as in AEM. Adobe ended JWT credentials on 30 June 2025; migrate this configuration to OAuth Server-to-Server.</source>
        <translation>Identifiants JWT (obsolètes) : en lecture seule, comme dans AEM. Adobe a mis fin aux identifiants JWT le 30 juin 2025 ; migrez cette configuration vers OAuth Server-to-Server.</translation>
    </message>
    <message>
        <source>&amp;Migrate to OAuth…</source>
        <translation>&amp;Migrer vers OAuth…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Cloud solution:</source>
        <translation>Solution cloud :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>Identifiants JWT (obsolètes)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>Serveur d’autorisation :</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID :</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client :</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation>ID d’organisation :</translation>
    </message>
    <message>
        <source>Technical account ID:</source>
        <translation>ID du compte technique :</translation>
    </message>
    <message>
        <source>Technical account email:</source>
        <translation>E-mail du compte technique :</translation>
    </message>
    <message>
        <source>Metascopes:</source>
        <translation>Métascopes :</translation>
    </message>
    <message>
        <source>Certificate alias:</source>
        <translation>Alias du certificat :</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>Empreinte SHA-1 :</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu’au :</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>&amp;Portées :</translation>
    </message>
    <message>
        <source>Enter the client secret &amp;again…</source>
        <translation>Saisir de nouveau le secret &amp;client…</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Nouveau secret client</translation>
    </message>
    <message>
        <source>Save in &amp;keychain</source>
        <translation>&amp;Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;New client secret:</source>
        <translation>&amp;Nouveau secret client :</translation>
    </message>
    <message>
        <source>missing from the keychain — enter it again</source>
        <translation>absent du trousseau — saisissez-le de nouveau</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>AEM version:</source>
        <translation>Version d’AEM :</translation>
    </message>
    <message>
        <source>Cloud Services (legacy):</source>
        <translation>Cloud Services (ancien) :</translation>
    </message>
    <message>
        <source>Cloud service:</source>
        <translation>Service cloud :</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Runs the IMS Wizard training sandbox: a local HTTPS IMS with a sample organisation, for demonstrations and tests.</source>
        <translation>Exécute la sandbox de formation d’IMS Wizard : un IMS HTTPS local avec une organisation d’exemple, pour les démonstrations et les tests.</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:&lt;port&gt; (0: any free port).</source>
        <translation>Écouter sur 127.0.0.1:&lt;port&gt; (0 : n’importe quel port libre).</translation>
    </message>
    <message>
        <source>Keep the CA, certificate and signing key in &lt;dir&gt;.</source>
        <translation>Conserver l’AC, le certificat et la clé de signature dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Print every sample credential (with its training secret) as JSON and exit.</source>
        <translation>Afficher tous les identifiants d’exemple (avec leur secret de formation) au format JSON, puis quitter.</translation>
    </message>
    <message>
        <source>After starting, issue an AEM as a Cloud Service service credential (JWT exchange) and print it as JSON before the banner. Its private key is a training key made on the spot: it is bound only to this running sandbox and is worthless anywhere else.</source>
        <translation>Après le démarrage, délivrer des identifiants de service AEM as a Cloud Service (échange JWT) et les afficher au format JSON avant la bannière. Leur clé privée est une clé de formation créée sur le moment : elle n’est liée qu’à cette sandbox en cours d’exécution et ne vaut rien ailleurs.</translation>
    </message>
    <message>
        <source>Not a port number: %1</source>
        <translation>Pas un numéro de port : %1</translation>
    </message>
    <message>
        <source>Warning: SIGINT/SIGTERM will not stop the sandbox cleanly.</source>
        <translation>Avertissement : SIGINT/SIGTERM n’arrêteront pas proprement la sandbox.</translation>
    </message>
    <message>
        <source>Could not issue a service credential: %1</source>
        <translation>Impossible de délivrer des identifiants de service : %1</translation>
    </message>
    <message>
        <source>The service credential above carries a training key: it works only against this sandbox, and only while it runs.</source>
        <translation>Les identifiants de service ci-dessus contiennent une clé de formation : ils ne fonctionnent qu’avec cette sandbox, et seulement pendant qu’elle tourne.</translation>
    </message>
    <message>
        <source>Client secrets and scopes: ims-sandbox --print-credentials</source>
        <translation>Secrets client et portées : ims-sandbox --print-credentials</translation>
    </message>
    <message>
        <source>List the fault modes and exit.</source>
        <translation>Lister les modes de panne et quitter.</translation>
    </message>
    <message>
        <source>Simulating the fault mode: %1</source>
        <translation>Simulation du mode de panne : %1</translation>
    </message>
    <message>
        <source>Answer 429 after &lt;n&gt; token requests per client and minute (default 30).</source>
        <translation>Répondre 429 après &lt;n&gt; demandes de jeton par client et par minute (30 par défaut).</translation>
    </message>
    <message>
        <source>Not a positive number: %1</source>
        <translation>Pas un nombre positif : %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>sandbox takes no arguments.</source>
        <translation>sandbox n’accepte aucun argument.</translation>
    </message>
    <message>
        <source>Not a port number: %1</source>
        <translation>Pas un numéro de port : %1</translation>
    </message>
    <message>
        <source>The training sandbox could not start: %1</source>
        <translation>La sandbox de formation n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Warning: SIGINT/SIGTERM will not stop the sandbox cleanly.</source>
        <translation>Avertissement : SIGINT/SIGTERM n’arrêteront pas proprement la sandbox.</translation>
    </message>
    <message>
        <source>Client secrets and scopes (training values): ims-wizard sandbox --print-credentials</source>
        <translation>Secrets client et portées (valeurs de formation) : ims-wizard sandbox --print-credentials</translation>
    </message>
    <message>
        <source>Run the training sandbox in the foreground.</source>
        <translation>Exécuter la sandbox de formation au premier plan.</translation>
    </message>
    <message>
        <source>Runs the training sandbox (a local HTTPS IMS with a sample organisation) until Ctrl+C, and prints its URL, its CA certificate and the sample client ids. Other commands use it with --sandbox-url URL --sandbox-ca FILE.</source>
        <translation>Exécute la sandbox de formation (un IMS HTTPS local avec une organisation d’exemple) jusqu’à Ctrl+C, et affiche son URL, son certificat d’AC et les Client ID d’exemple. Les autres commandes l’utilisent avec --sandbox-url URL --sandbox-ca FILE.</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:&lt;port&gt; (0: any free port).</source>
        <translation>Écouter sur 127.0.0.1:&lt;port&gt; (0 : n’importe quel port libre).</translation>
    </message>
    <message>
        <source>Keep the CA, certificate and signing key in &lt;dir&gt;.</source>
        <translation>Conserver l’AC, le certificat et la clé de signature dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Print every sample credential, with its training client secret, as Developer Console JSON and exit.</source>
        <translation>Afficher tous les identifiants d’exemple, avec leur secret client de formation, au format JSON de la Developer Console, puis quitter.</translation>
    </message>
    <message>
        <source>List the fault modes and exit.</source>
        <translation>Lister les modes de panne et quitter.</translation>
    </message>
</context>
<context>
    <name>SandboxConsole</name>
    <message>
        <source>Training sandbox listening on %1</source>
        <translation>Sandbox de formation à l’écoute sur %1</translation>
    </message>
    <message>
        <source>CA certificate: %1</source>
        <translation>Certificat d’AC : %1</translation>
    </message>
    <message>
        <source>Sample clients of organisation %1:</source>
        <translation>Clients d’exemple de l’organisation %1 :</translation>
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
        <translation>Arrêtez avec Ctrl+C.</translation>
    </message>
    <message>
        <source>Simulate a problem on every token request (trainers; list them with --list-faults). One request can also ask for one with the client id sandbox-fault-&lt;name&gt;.</source>
        <translation>Simuler un problème à chaque demande de jeton (formateurs ; liste avec --list-faults). Une requête peut aussi en demander un avec le Client ID sandbox-fault-&lt;name&gt;.</translation>
    </message>
    <message>
        <source>(whole sandbox only, not by client id)</source>
        <translation>(sandbox entière uniquement, pas par Client ID)</translation>
    </message>
    <message>
        <source>Unknown fault mode: %1. See --list-faults.</source>
        <translation>Mode de panne inconnu : %1. Voir --list-faults.</translation>
    </message>
</context>
<context>
    <name>SandboxFaultSelector</name>
    <message>
        <source>No answer (timeout)</source>
        <translation>Pas de réponse (délai dépassé)</translation>
    </message>
    <message>
        <source>The sandbox reads the request and never answers, like a server behind a dead proxy.</source>
        <translation>La sandbox lit la requête et ne répond jamais, comme un serveur derrière un proxy hors service.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>The sandbox stops listening: like a wrong port or a firewall that rejects the connection.</source>
        <translation>La sandbox cesse d’écouter : comme un mauvais port ou un pare-feu qui refuse la connexion.</translation>
    </message>
    <message>
        <source>Connection reset mid-answer</source>
        <translation>Connexion réinitialisée en cours de réponse</translation>
    </message>
    <message>
        <source>The sandbox starts a token answer and resets the connection halfway, like an unstable VPN.</source>
        <translation>La sandbox commence une réponse de jeton et réinitialise la connexion à mi-chemin, comme un VPN instable.</translation>
    </message>
    <message>
        <source>Very slow answer</source>
        <translation>Réponse très lente</translation>
    </message>
    <message>
        <source>The sandbox sends its answer one byte at a time, too slowly to finish in time.</source>
        <translation>La sandbox envoie sa réponse un octet à la fois, trop lentement pour finir à temps.</translation>
    </message>
    <message>
        <source>Certificate from an untrusted CA</source>
        <translation>Certificat d’une AC non approuvée</translation>
    </message>
    <message>
        <source>The sandbox presents a certificate from an unknown CA, as a TLS-inspecting corporate proxy does.</source>
        <translation>La sandbox présente un certificat d’une AC inconnue, comme le fait un proxy d’entreprise qui inspecte le TLS.</translation>
    </message>
    <message>
        <source>Certificate for another host</source>
        <translation>Certificat d’un autre hôte</translation>
    </message>
    <message>
        <source>The sandbox presents a certificate made for a different host name.</source>
        <translation>La sandbox présente un certificat émis pour un autre nom d’hôte.</translation>
    </message>
    <message>
        <source>Expired server certificate</source>
        <translation>Certificat du serveur expiré</translation>
    </message>
    <message>
        <source>The sandbox presents a certificate that expired yesterday.</source>
        <translation>La sandbox présente un certificat qui a expiré hier.</translation>
    </message>
    <message>
        <source>Unknown client ID (400)</source>
        <translation>Client ID inconnu (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_client &quot;invalid client_id parameter&quot;: a mistyped client ID.</source>
        <translation>IMS répond 400 invalid_client &quot;invalid client_id parameter&quot; : un Client ID mal saisi.</translation>
    </message>
    <message>
        <source>Wrong client secret (400)</source>
        <translation>Secret client erroné (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_client &quot;invalid client_secret parameter&quot;: a wrong or rotated secret.</source>
        <translation>IMS répond 400 invalid_client &quot;invalid client_secret parameter&quot; : un secret erroné ou renouvelé.</translation>
    </message>
    <message>
        <source>Scope not granted (400)</source>
        <translation>Portée non accordée (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_scope: a scope the credential does not have.</source>
        <translation>IMS répond 400 invalid_scope : une portée que les identifiants n’ont pas.</translation>
    </message>
    <message>
        <source>JWT rejected (400)</source>
        <translation>JWT refusé (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_token &quot;JWT expired&quot;: a legacy JWT signed with a wrong clock.</source>
        <translation>IMS répond 400 invalid_token &quot;JWT expired&quot; : un ancien JWT signé avec une horloge décalée.</translation>
    </message>
    <message>
        <source>JWT key not uploaded (400)</source>
        <translation>Clé JWT non chargée (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_token &quot;Could not match JWT signature to any of the bindings&quot;.</source>
        <translation>IMS répond 400 invalid_token &quot;Could not match JWT signature to any of the bindings&quot;.</translation>
    </message>
    <message>
        <source>Invalid JWT signature (400)</source>
        <translation>Signature JWT non valide (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_signature.</source>
        <translation>IMS répond 400 invalid_signature.</translation>
    </message>
    <message>
        <source>Bad request (400)</source>
        <translation>Requête incorrecte (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 bad_request: a malformed organization or technical account ID.</source>
        <translation>IMS répond 400 bad_request : un ID d’organisation ou de compte technique mal formé.</translation>
    </message>
    <message>
        <source>Malformed request (400)</source>
        <translation>Requête mal formée (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_request: a request body IMS cannot read.</source>
        <translation>IMS répond 400 invalid_request : un corps de requête qu’IMS ne sait pas lire.</translation>
    </message>
    <message>
        <source>Wrong credential type (400)</source>
        <translation>Mauvais type d’identifiants (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 unsupported_grant_type: a user-login credential used for server-to-server.</source>
        <translation>IMS répond 400 unsupported_grant_type : des identifiants de connexion utilisateur utilisés pour du server-to-server.</translation>
    </message>
    <message>
        <source>Client not authorized (401)</source>
        <translation>Client non autorisé (401)</translation>
    </message>
    <message>
        <source>IMS answers 401 invalid_client: the credential lacks the API this configuration needs.</source>
        <translation>IMS répond 401 invalid_client : il manque aux identifiants l’API dont cette configuration a besoin.</translation>
    </message>
    <message>
        <source>Too many requests (429)</source>
        <translation>Trop de requêtes (429)</translation>
    </message>
    <message>
        <source>IMS answers 429 with Retry-After: 120.</source>
        <translation>IMS répond 429 avec Retry-After: 120.</translation>
    </message>
    <message>
        <source>IMS internal error (500)</source>
        <translation>Erreur interne d’IMS (500)</translation>
    </message>
    <message>
        <source>IMS answers 500 internal_error &quot;Please try again later&quot;.</source>
        <translation>IMS répond 500 internal_error &quot;Please try again later&quot;.</translation>
    </message>
    <message>
        <source>Captive portal page</source>
        <translation>Page de portail captif</translation>
    </message>
    <message>
        <source>An HTML page answers instead of IMS, like a hotel or guest network&apos;s login page.</source>
        <translation>Une page HTML répond à la place d’IMS, comme la page de connexion du réseau d’un hôtel ou d’un réseau invité.</translation>
    </message>
    <message>
        <source>Answer without a token</source>
        <translation>Réponse sans jeton</translation>
    </message>
    <message>
        <source>A 200 answer in JSON without an access_token: another service answers in IMS&apos;s place.</source>
        <translation>Une réponse 200 en JSON sans access_token : un autre service répond à la place d’IMS.</translation>
    </message>
    <message>
        <source>50 MB answer</source>
        <translation>Réponse de 50 Mo</translation>
    </message>
    <message>
        <source>The server sends 50 MB; the wizard reads at most 1 MB of any answer.</source>
        <translation>Le serveur envoie 50 Mo ; l’assistant lit au plus 1 Mo de toute réponse.</translation>
    </message>
    <message>
        <source>Redirect to another host</source>
        <translation>Redirection vers un autre hôte</translation>
    </message>
    <message>
        <source>The server redirects the token request to another host; the wizard never re-sends the secret.</source>
        <translation>Le serveur redirige la demande de jeton vers un autre hôte ; l’assistant ne renvoie jamais le secret.</translation>
    </message>
    <message>
        <source>Server clock 10 minutes off</source>
        <translation>Horloge du serveur décalée de 10 minutes</translation>
    </message>
    <message>
        <source>The token is issued, but the server&apos;s clock is 10 minutes ahead: the wizard explains the skew.</source>
        <translation>Le jeton est délivré, mais l’horloge du serveur avance de 10 minutes : l’assistant explique le décalage.</translation>
    </message>
    <message>
        <source>Simulate a prob&amp;lem:</source>
        <translation>Simuler un prob&amp;lème :</translation>
    </message>
    <message>
        <source>None: the sandbox works normally</source>
        <translation>Aucun : la sandbox fonctionne normalement</translation>
    </message>
    <message>
        <source>For trainers: the next check meets this problem, so you can show its message.</source>
        <translation>Pour les formateurs : la prochaine vérification rencontre ce problème, pour que vous puissiez montrer son message.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not create the sandbox certificates: %1</source>
        <translation>Impossible de créer les certificats de la sandbox : %1</translation>
    </message>
    <message>
        <source>Qt could not load the sandbox&apos;s TLS key or certificate.</source>
        <translation>Qt n’a pas pu charger la clé TLS ou le certificat de la sandbox.</translation>
    </message>
    <message>
        <source>Could not create the sandbox folder %1.</source>
        <translation>Impossible de créer le dossier de la sandbox %1.</translation>
    </message>
    <message>
        <source>Could not restrict access to the sandbox folder %1.</source>
        <translation>Impossible de restreindre l’accès au dossier de la sandbox %1.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1.</source>
        <translation>Impossible d’écouter sur 127.0.0.1:%1.</translation>
    </message>
    <message>
        <source>Could not make the certificate for the fault mode: %1</source>
        <translation>Impossible de créer le certificat pour le mode de panne : %1</translation>
    </message>
</context>
<context>
    <name>SetSecretCommand</name>
    <message>
        <source>set-secret takes one NAME.</source>
        <translation>set-secret attend un seul NAME.</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>Give the client secret with --secret-stdin or --secret-env VAR.</source>
        <translation>Fournissez le secret client avec --secret-stdin ou --secret-env VAR.</translation>
    </message>
    <message>
        <source>The client secret of %1 is in the keychain.</source>
        <translation>Le secret client de %1 est dans le trousseau.</translation>
    </message>
    <message>
        <source>Put a configuration&apos;s client secret (back) into the keychain.</source>
        <translation>Remettre le secret client d’une configuration dans le trousseau.</translation>
    </message>
    <message>
        <source>Stores the client secret of the configuration NAME in the keychain, for example after its keychain entry was deleted (the configuration shows &quot;secret missing&quot;) or after the secret was rotated in the Developer Console. The secret is read from stdin or from an environment variable, never from the command line. Nothing is changed when the keychain cannot store it.</source>
        <translation>Stocke le secret client de la configuration NAME dans le trousseau, par exemple après la suppression de son entrée de trousseau (la configuration affiche « secret manquant ») ou après un renouvellement du secret dans la Developer Console. Le secret est lu sur stdin ou dans une variable d’environnement, jamais sur la ligne de commande. Rien n’est modifié si le trousseau ne peut pas le stocker.</translation>
    </message>
    <message>
        <source>Read the client secret from stdin.</source>
        <translation>Lire le secret client sur stdin.</translation>
    </message>
    <message>
        <source>Read the client secret from the environment variable &lt;VAR&gt;.</source>
        <translation>Lire le secret client dans la variable d’environnement &lt;VAR&gt;.</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>show takes one NAME.</source>
        <translation>show attend un seul NAME.</translation>
    </message>
    <message>
        <source>Show one configuration.</source>
        <translation>Afficher une configuration.</translation>
    </message>
    <message>
        <source>Shows every field of one configuration, its certificate (JWT) and health history. NAME is the configuration&apos;s id, its title (not case-sensitive) or a unique id prefix. Secrets are never shown, only where the keychain keeps them.</source>
        <translation>Affiche chaque champ d’une configuration, son certificat (JWT) et son historique de vérification. NAME est l’id de la configuration, son titre (sans tenir compte de la casse) ou un début d’id unique. Les secrets ne sont jamais affichés, seulement l’endroit où le trousseau les conserve.</translation>
    </message>
</context>
<context>
    <name>SolutionPage</name>
    <message>
        <source>Cloud solution</source>
        <translation>Solution cloud</translation>
    </message>
    <message>
        <source>Choose the Adobe solution this IMS configuration connects AEM to.</source>
        <translation>Choisissez la solution Adobe à laquelle cette configuration IMS connecte AEM.</translation>
    </message>
    <message>
        <source>&amp;Cloud solution:</source>
        <translation>&amp;Solution cloud :</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>&amp;OAuth Server-to-Server (recommended)</source>
        <translation>&amp;OAuth Server-to-Server (recommandé)</translation>
    </message>
    <message>
        <source>&amp;JWT Service Account (deprecated, end of life 30 June 2025)</source>
        <translation>&amp;JWT Service Account (obsolète, fin de vie le 30 juin 2025)</translation>
    </message>
    <message>
        <source>&amp;Use OAuth instead</source>
        <translation>&amp;Utiliser OAuth à la place</translation>
    </message>
    <message>
        <source>Typical OAuth scopes: %1</source>
        <translation>Portées OAuth habituelles : %1</translation>
    </message>
    <message>
        <source>JWT metascope: %1</source>
        <translation>Métascope JWT : %1</translation>
    </message>
    <message>
        <source>Afterwards in AEM: the %1 cloud service.</source>
        <translation>Ensuite dans AEM : le service cloud %1.</translation>
    </message>
    <message>
        <source>Adobe documentation</source>
        <translation>Documentation Adobe</translation>
    </message>
    <message>
        <source>%1 (needs AEM 6.4 or later)</source>
        <translation>%1 (nécessite AEM 6.4 ou ultérieur)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Name the configuration and save it. The client secret goes to the system keychain, never to a file.</source>
        <translation>Nommez la configuration et enregistrez-la. Le secret client va dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>Solution cloud</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>Identifiants JWT (obsolètes)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Serveur d’autorisation</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>•••••••• (saved in the keychain)</source>
        <translation>•••••••• (enregistré dans le trousseau)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID d’organisation</translation>
    </message>
    <message>
        <source>Technical account ID</source>
        <translation>ID du compte technique</translation>
    </message>
    <message>
        <source>Technical account email</source>
        <translation>E-mail du compte technique</translation>
    </message>
    <message>
        <source>Metascopes</source>
        <translation>Métascopes</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>%1 (SHA-1 %2)</source>
        <translation>%1 (SHA-1 %2)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Vérification de l’intégrité</translation>
    </message>
    <message>
        <source>Token retrieved successfully</source>
        <translation>Jeton récupéré avec succès</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Non enregistrée. %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>error title: what happened, what to do</comment>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>AEM version</source>
        <translation>Version d’AEM</translation>
    </message>
    <message>
        <source>Cloud Services (legacy)</source>
        <translation>Cloud Services (ancien)</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>Service cloud</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>the existing Brand Portal configuration</source>
        <translation>la configuration Brand Portal existante</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets up Adobe IMS integrations for AEM. Commands without a display: ims-wizard help.</source>
        <translation>Configure les intégrations Adobe IMS pour AEM. Commandes sans écran : ims-wizard help.</translation>
    </message>
    <message>
        <source>Start in the built-in training sandbox.</source>
        <translation>Démarrer dans la sandbox de formation intégrée.</translation>
    </message>
    <message>
        <source>Keep configurations in &lt;dir&gt;.</source>
        <translation>Conserver les configurations dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: en, de, fr or ja.</source>
        <translation>Utiliser la langue &lt;code&gt; : en, de, fr ou ja.</translation>
    </message>
    <message>
        <source>IMS Wizard</source>
        <translation>IMS Wizard</translation>
    </message>
    <message>
        <source>Another IMS Wizard is already using %1.</source>
        <translation>Un autre IMS Wizard utilise déjà %1.</translation>
    </message>
    <message>
        <source>Training sandbox</source>
        <translation>Sandbox de formation</translation>
    </message>
    <message>
        <source>Adobe IMS (ims-na1.adobelogin.com) is not reachable from this computer.</source>
        <translation>Adobe IMS (ims-na1.adobelogin.com) n’est pas joignable depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>With --sandbox: simulate this problem (trainers; see ims-wizard sandbox --list-faults).</source>
        <translation>Avec --sandbox : simuler ce problème (formateurs ; voir ims-wizard sandbox --list-faults).</translation>
    </message>
    <message>
        <source>Unknown fault mode: %1.</source>
        <translation>Mode de panne inconnu : %1.</translation>
    </message>
    <message>
        <source>Open a new configuration&apos;s wizard and exit as soon as its first page has been painted (start-up benchmark).</source>
        <translation>Ouvrir l’assistant d’une nouvelle configuration et quitter dès que sa première page est affichée (mesure du temps de démarrage).</translation>
    </message>
</context>
</TS>
