<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AemVersionPage</name>
    <message>
        <source>AEM version</source>
        <translation>AEM のバージョン</translation>
    </message>
    <message>
        <source>Which AEM will use this configuration? The version decides what AEM can store and which authentication it supports.</source>
        <translation>この構成を使用する AEM はどれですか? バージョンによって、AEM が保存できる内容とサポートする認証が決まります。</translation>
    </message>
    <message>
        <source>AEM &amp;version</source>
        <translation>AEM のバージョン(&amp;V)</translation>
    </message>
    <message>
        <source>AEM 6.3 or earlier</source>
        <translation>AEM 6.3 以前</translation>
    </message>
    <message>
        <source>AEM 6.4, or 6.5 before Service Pack 20</source>
        <translation>AEM 6.4、または Service Pack 20 より前の 6.5</translation>
    </message>
    <message>
        <source>AEM 6.5 Service Pack 20 or later (or with the OAuth compatibility hotfix)</source>
        <translation>AEM 6.5 Service Pack 20 以降 (または OAuth 互換性ホットフィックス適用済み)</translation>
    </message>
    <message>
        <source>AEM as a Cloud Service</source>
        <translation>AEM as a Cloud Service</translation>
    </message>
    <message>
        <source>AEM 6.3 and earlier have no IMS configurations. The wizard prepares the legacy Cloud Services configuration instead (Adobe I/O Events: Link Externalizer alias, API key, technical account, organization, client secret) with a JWT certificate.</source>
        <translation>AEM 6.3 以前には IMS 構成がありません。代わりに、ウィザードは従来の Cloud Services 構成 (Adobe I/O Events: Link Externalizer のエイリアス、API キー、テクニカルアカウント、組織、クライアントシークレット) を JWT 証明書とともに準備します。</translation>
    </message>
    <message>
        <source>This AEM stores IMS configurations with JWT only. For OAuth Server-to-Server install Service Pack 20 or, on SP11 to SP19, the %1, then choose the next option.</source>
        <translation>この AEM は IMS 構成を JWT でのみ保存します。OAuth Server-to-Server を使うには、Service Pack 20 をインストールするか、SP11～SP19 の場合は %1 をインストールしてから、次のオプションを選択してください。</translation>
    </message>
    <message>
        <source>IMS configuration with OAuth Server-to-Server, then the solution&apos;s cloud service configuration.</source>
        <translation>OAuth Server-to-Server の IMS 構成、続いてソリューションのクラウドサービス構成。</translation>
    </message>
    <message>
        <source>IMS configuration with OAuth Server-to-Server (deployable as code with $[secret:…] placeholders), then the solution&apos;s cloud service configuration.</source>
        <translation>OAuth Server-to-Server の IMS 構成 ($[secret:…] プレースホルダーでコードとしてデプロイ可能)、続いてソリューションのクラウドサービス構成。</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>%1 is too large for a key or certificate file.</source>
        <translation>%1 は鍵ファイルまたは証明書ファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>The JWT is signed with a private key; its certificate is uploaded to the credential in the Developer Console. Create a new pair, or use the one you have.</source>
        <translation>JWT は秘密鍵で署名され、その証明書を Adobe Developer Console の資格情報にアップロードします。新しいキーペアを作成するか、お持ちのものを使用してください。</translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation>新しい証明書を作成</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>エイリアス(&amp;A):</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>鍵のサイズ</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 ビット</translation>
    </message>
    <message>
        <source>&amp;Key size:</source>
        <translation>鍵のサイズ(&amp;K):</translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation>有効期間 (日数)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>有効期間(&amp;V):</translation>
    </message>
    <message>
        <source>C&amp;reate certificate</source>
        <translation>証明書を作成(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Creating the key pair</source>
        <translation>キーペアを作成しています</translation>
    </message>
    <message>
        <source>Or use an existing key pair</source>
        <translation>または既存のキーペアを使用</translation>
    </message>
    <message>
        <source>config.&amp;zip…</source>
        <translation>config.zip(&amp;Z)…</translation>
    </message>
    <message>
        <source>The Developer Console&apos;s &quot;Generate a key pair&quot; download</source>
        <translation>Developer Console の「キーペアを生成」でダウンロードしたファイル</translation>
    </message>
    <message>
        <source>PKCS#&amp;12 keystore…</source>
        <translation>PKCS#12 キーストア(&amp;1)…</translation>
    </message>
    <message>
        <source>Private key + certificate (&amp;PEM)…</source>
        <translation>秘密鍵 + 証明書 (PEM)(&amp;P)…</translation>
    </message>
    <message>
        <source>AEM as a Cloud &amp;Service credential…</source>
        <translation>AEM as a Cloud Service の資格情報(&amp;S)…</translation>
    </message>
    <message>
        <source>Passphrase or keystore password</source>
        <translation>パスフレーズまたはキーストアのパスワード</translation>
    </message>
    <message>
        <source>for PKCS#12 files and encrypted keys</source>
        <translation>PKCS#12 ファイルと暗号化された鍵の場合</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the SHA-1 fingerprint, as the Developer Console shows it</source>
        <translation>Developer Console の表示と同じ形式で SHA-1 フィンガープリントをコピー</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1 フィンガープリント:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>Save %1 for the Developer Console</source>
        <translation>Developer Console 用に %1 を保存</translation>
    </message>
    <message>
        <source>E&amp;xport for AEM keystore (PKCS#12)…</source>
        <translation>AEM キーストア用にエクスポート (PKCS#12)(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Upload to the training sandbox</source>
        <translation>トレーニング用サンドボックスにアップロード(&amp;U)</translation>
    </message>
    <message>
        <source>Stands in for uploading the public key in the Developer Console</source>
        <translation>Developer Console での公開鍵のアップロードの代わりです</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint copied.</source>
        <translation>SHA-1 フィンガープリントをコピーしました。</translation>
    </message>
    <message>
        <source>Keys and certificates (*.key *.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>鍵と証明書 (*.key *.pem *.crt *.cer *.der);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import config.zip</source>
        <translation>config.zip を読み込む</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation>ZIP アーカイブ (*.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import PKCS#12 keystore</source>
        <translation>PKCS#12 キーストアを読み込む</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import AEM as a Cloud Service credential</source>
        <translation>AEM as a Cloud Service の資格情報を読み込む</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>秘密鍵を選択</translation>
    </message>
    <message>
        <source>Choose its certificate</source>
        <translation>対応する証明書を選択</translation>
    </message>
    <message>
        <source>Download public key</source>
        <translation>公開鍵をダウンロード</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>証明書 (*.crt)</translation>
    </message>
    <message>
        <source>Enter a keystore password in &quot;Password&quot; first; AEM asks for it when you add the key.</source>
        <translation>先に「パスワード」にキーストアのパスワードを入力してください。鍵を追加するときに AEM がこのパスワードを求めます。</translation>
    </message>
    <message>
        <source>Export for AEM keystore</source>
        <translation>AEM キーストア用にエクスポート</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Export an unencrypted private key?</source>
        <translation>暗号化されていない秘密鍵をエクスポートしますか?</translation>
    </message>
    <message>
        <source>The DER file holds the private key without any protection. Anyone with the file can sign as this integration. Prefer the PKCS#12 export; if AEM needs the DER file, delete it right after adding it to the keystore.</source>
        <translation>DER ファイルには秘密鍵が一切保護されずに含まれます。このファイルを持つ人は誰でも、この統合として署名できます。PKCS#12 でのエクスポートをお勧めします。AEM で DER ファイルが必要な場合は、キーストアに追加したらすぐに削除してください。</translation>
    </message>
    <message>
        <source>Export private key (DER)</source>
        <translation>秘密鍵をエクスポート (DER)</translation>
    </message>
    <message>
        <source>DER files (*.der)</source>
        <translation>DER ファイル (*.der)</translation>
    </message>
    <message>
        <source>Creating an RSA %1 key pair…</source>
        <translation>RSA %1 のキーペアを作成しています…</translation>
    </message>
    <message>
        <source>Cancelled. No certificate was created.</source>
        <translation>キャンセルしました。証明書は作成されていません。</translation>
    </message>
    <message>
        <source>Created a new certificate.</source>
        <translation>新しい証明書を作成しました。</translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <translation>%1 — 期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (残り %n 日)</numerusform>
        </translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Imported the key pair from %1.</source>
        <translation>%1 からキーペアを読み込みました。</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>%1 と %2 を読み込みました。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Uploaded to the sandbox credential %1, as you would in the Developer Console.</source>
        <translation>Developer Console で行うのと同じように、サンドボックスの資格情報 %1 にアップロードしました。</translation>
    </message>
    <message>
        <source>✖ %1: %2 %3</source>
        <comment>error title: what happened, what to do</comment>
        <translation>✖ %1: %2 %3</translation>
    </message>
    <message>
        <source>Down&amp;load public key…</source>
        <translation>公開鍵をダウンロード(&amp;L)…</translation>
    </message>
    <message>
        <source>Export private key (D&amp;ER)…</source>
        <translation>秘密鍵をエクスポート (DER)(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Name configurations or use --all, not both.</source>
        <translation>構成を指定するか --all を使用してください。両方は指定できません。</translation>
    </message>
    <message>
        <source>No configurations to check.</source>
        <translation>チェックする構成がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) passed.</source>
        <translation>
            <numerusform>%n 件中 %1 件のチェックに合格しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Request a token for configurations (health check).</source>
        <translation>構成のトークンを要求します (ヘルスチェック)。</translation>
    </message>
    <message>
        <source>Check every configuration (rollback copies only when named).</source>
        <translation>すべての構成をチェックします (ロールバック用コピーは指定した場合のみ)。</translation>
    </message>
    <message>
        <source>Enter it again: ims-wizard set-secret %1 --secret-stdin</source>
        <translation>もう一度入力してください: ims-wizard set-secret %1 --secret-stdin</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to %1.</source>
        <translation>--concurrency には 1～%1 の数値を指定してください。</translation>
    </message>
    <message>
        <source>Requests a real access token for each named configuration (id, title or unique id prefix), or for every configuration with --all or no NAME, at most %1 at a time (--concurrency N: at most N, from 1 to %2). Prints each result as it arrives: the token&apos;s expiry, scopes and client ID, never the token; or what went wrong and what to do. Each result is recorded in the configuration&apos;s health history. Exit code 0 only when every check passed.</source>
        <translation>指定した各構成 (ID、タイトル、または一意な ID の先頭部分)、または --all 指定時や NAME を省略した場合はすべての構成について、実際のアクセストークンを要求します。同時に最大 %1 件です (--concurrency N: 最大 N 件、1～%2)。結果は届いた順に表示します: トークンの有効期限、スコープ、Client ID (トークン自体は表示しません)、または何が問題でどうすればよいか。各結果は構成のヘルスチェック履歴に記録されます。終了コードはすべてのチェックに合格した場合のみ 0 です。</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; checks at once (1 to %1; default %2).</source>
        <translation>同時に実行するチェックの最大数 &lt;n&gt; (1～%1、既定 %2)。</translation>
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
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>Print one JSON document on stdout instead of text.</source>
        <translation>テキストの代わりに JSON ドキュメントを 1 つ stdout に出力します。</translation>
    </message>
    <message>
        <source>Keep configurations in &lt;dir&gt; (default: %1).</source>
        <translation>構成を &lt;dir&gt; に保存します (既定: %1)。</translation>
    </message>
    <message>
        <source>Use the training sandbox running at &lt;url&gt; (for example one started with `ims-wizard sandbox`) for configurations marked sandbox, instead of starting one in this process.</source>
        <translation>sandbox とマークされた構成に、このプロセスでサンドボックスを起動する代わりに、&lt;url&gt; で動作しているトレーニング用サンドボックス (例: `ims-wizard sandbox` で起動したもの) を使用します。</translation>
    </message>
    <message>
        <source>Trust the CA certificate (PEM) in &lt;file&gt; for the --sandbox-url only.</source>
        <translation>&lt;file&gt; の CA 証明書 (PEM) を --sandbox-url に対してのみ信頼します。</translation>
    </message>
    <message>
        <source>--sandbox-ca needs --sandbox-url.</source>
        <translation>--sandbox-ca には --sandbox-url が必要です。</translation>
    </message>
    <message>
        <source>Not an https URL: %1</source>
        <translation>https の URL ではありません: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several configurations: %2. Name one by its id.</source>
        <translation>「%1」は複数の構成に一致します: %2。ID で 1 つを指定してください。</translation>
    </message>
    <message>
        <source>No configuration is named &quot;%1&quot; (by id, title or id prefix). `ims-wizard list` shows them.</source>
        <translation>「%1」という名前の構成はありません (ID、タイトル、ID の先頭部分で検索)。`ims-wizard list` で一覧を表示できます。</translation>
    </message>
    <message>
        <source>The training sandbox could not start: %1</source>
        <translation>トレーニング用サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Started the training sandbox at %1 for the configurations marked sandbox.</source>
        <translation>sandbox とマークされた構成のために、トレーニング用サンドボックスを %1 で起動しました。</translation>
    </message>
    <message>
        <source>Give the %1 either with --%2 or with --%3, not both.</source>
        <translation>%1 は --%2 と --%3 のどちらか一方で指定してください。両方は指定できません。</translation>
    </message>
    <message>
        <source>Only one input can come from stdin.</source>
        <translation>stdin から読み込めるのは 1 つの入力だけです。</translation>
    </message>
    <message>
        <source>%1 (not shown):</source>
        <translation>%1 (非表示):</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the %2) is not set or empty.</source>
        <translation>環境変数 %1 (%2 用) が設定されていないか空です。</translation>
    </message>
    <message>
        <source>The %1 on stdin is empty.</source>
        <translation>stdin の %1 が空です。</translation>
    </message>
    <message>
        <source>Use the HTTP proxy at &lt;url&gt; (http://[user@]host:port) for this run instead of the network settings. Never put the password in the URL: use --proxy-password-env, or the password saved in the keychain by Settings → Network.</source>
        <translation>今回の実行では、ネットワーク設定の代わりに &lt;url&gt; (http://[user@]host:port) の HTTP プロキシを使用します。パスワードは URL に含めないでください: --proxy-password-env、または「設定」→「ネットワーク」でキーチェーンに保存したパスワードを使用してください。</translation>
    </message>
    <message>
        <source>Connect directly, without any proxy, for this run.</source>
        <translation>今回の実行では、プロキシを使わずに直接接続します。</translation>
    </message>
    <message>
        <source>Read the proxy password from the environment variable &lt;var&gt;.</source>
        <translation>プロキシのパスワードを環境変数 &lt;var&gt; から読み取ります。</translation>
    </message>
    <message>
        <source>Use either --proxy or --no-proxy, not both.</source>
        <translation>--proxy と --no-proxy のどちらか一方を使用してください。両方は指定できません。</translation>
    </message>
    <message>
        <source>--proxy-password-env needs a proxy with a user.</source>
        <translation>--proxy-password-env にはユーザーを含むプロキシが必要です。</translation>
    </message>
    <message>
        <source>The proxy URL must not contain a password: other users can read the command line. Use --proxy-password-env VAR, or save the password with Settings → Network.</source>
        <translation>プロキシの URL にパスワードを含めることはできません: 他のユーザーがコマンドラインを読み取れるためです。--proxy-password-env VAR を使用するか、「設定」→「ネットワーク」でパスワードを保存してください。</translation>
    </message>
    <message>
        <source>Not a proxy URL: %1 (expected http://[user@]host:port).</source>
        <translation>プロキシの URL ではありません: %1 (想定: http://[user@]host:port)。</translation>
    </message>
    <message>
        <source>--proxy-password-env needs a proxy with a user (http://user@host:port).</source>
        <translation>--proxy-password-env にはユーザーを含むプロキシが必要です (http://user@host:port)。</translation>
    </message>
    <message>
        <source>proxy password</source>
        <translation>プロキシのパスワード</translation>
    </message>
</context>
<context>
    <name>CloudServicePage</name>
    <message>
        <source>Cloud service configuration</source>
        <translation>クラウドサービス構成</translation>
    </message>
    <message>
        <source>&amp;Configure the cloud service later in AEM</source>
        <translation>クラウドサービスは後で AEM で構成(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to &amp;Target</source>
        <translation>Target に接続(&amp;T)</translation>
    </message>
    <message>
        <source>Give the technical account the Editor role (training sandbox)</source>
        <translation>テクニカルアカウントに Editor ロールを付与 (トレーニング用サンドボックス)</translation>
    </message>
    <message>
        <source>&amp;Replace the existing Brand Portal configuration when saving</source>
        <translation>保存時に既存の Brand Portal 構成を置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>AEM 6.3: the legacy Cloud Services configuration &quot;%1&quot; (no IMS configuration).</source>
        <translation>AEM 6.3: 従来の Cloud Services 構成「%1」(IMS 構成なし)。</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; cloud service configuration that uses this IMS configuration.</source>
        <translation>この IMS 構成を使用するクラウドサービス構成「%1」。</translation>
    </message>
    <message>
        <source>In AEM: Tools, Deployment, Cloud Services, %1. The keystore alias eventproxy of the user eventproxy-service holds the private key.</source>
        <translation>AEM で: ツール、デプロイメント、Cloud Services、%1。ユーザー eventproxy-service のキーストアエイリアス eventproxy に秘密鍵が保存されます。</translation>
    </message>
    <message>
        <source>In AEM: Tools, Cloud Services, %1, in the global configuration.</source>
        <translation>AEM で: ツール、Cloud Services、%1 (グローバル構成内)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Saving replaces: %3. %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 保存すると置き換えられるもの: %3。%4</translation>
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
        <translation>mbox.js (非推奨)</translation>
    </message>
    <message>
        <source>•••••••• (the credential&apos;s client secret, kept in the system keychain; enter it in AEM)</source>
        <translation>•••••••• (資格情報のクライアントシークレット。システムのキーチェーンに保存されています。AEM で入力してください)</translation>
    </message>
    <message>
        <source>Follows the IMS credentials of this configuration.</source>
        <translation>この構成の IMS 資格情報に従います。</translation>
    </message>
    <message>
        <source>tenant, or paste https://experience.adobe.com/#/@tenant/target</source>
        <translation>テナント、または https://experience.adobe.com/#/@tenant/target を貼り付け</translation>
    </message>
    <message>
        <source>Connecting to Adobe Target…</source>
        <translation>Adobe Target に接続しています…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to Adobe Target: the Admin API lists %n activities.</source>
        <translation>
            <numerusform>Adobe Target に接続しました: Admin API に %n 件のアクティビティがあります。</numerusform>
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
        <translation>使い方: ims-wizard [&lt;コマンド&gt; [オプション]]</translation>
    </message>
    <message>
        <source>Sets up Adobe IMS integrations for AEM. Without a command the wizard opens; with one, ims-wizard works on the command line and needs no display.</source>
        <translation>AEM 用の Adobe IMS 統合を設定します。コマンドを指定しないとウィザードが開きます。コマンドを指定すると、ims-wizard はコマンドラインで動作し、ディスプレイを必要としません。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help.</source>
        <translation>このヘルプ、またはコマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Run &quot;ims-wizard &lt;command&gt; --help&quot; for a command&apos;s options. Exit codes: 0 success, 1 a check failed or something was not done, 2 usage error.</source>
        <translation>コマンドのオプションは「ims-wizard &lt;コマンド&gt; --help」で表示できます。終了コード: 0 成功、1 チェックの失敗または未実行の処理あり、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Commands: %1. Run &quot;ims-wizard help&quot; for more.</source>
        <translation>コマンド: %1。詳しくは「ims-wizard help」を実行してください。</translation>
    </message>
    <message>
        <source>Run &quot;ims-wizard %1 --help&quot; for its options.</source>
        <translation>オプションは「ims-wizard %1 --help」で表示できます。</translation>
    </message>
</context>
<context>
    <name>ConfigurationModel</name>
    <message>
        <source>%1 [sandbox]</source>
        <translation>%1 [サンドボックス]</translation>
    </message>
    <message>
        <source>%1 — rollback copy</source>
        <translation>%1 — ロールバック用コピー</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT 資格情報 (非推奨)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>✔ Token retrieved (%1)</source>
        <translation>✔ トークン取得済み (%1)</translation>
    </message>
    <message>
        <source>✖ %1 (%2)</source>
        <translation>✖ %1 (%2)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>残り %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>JWT credentials reached end of life on 30 June 2025. Use &quot;Migrate to OAuth&quot;.</source>
        <translation>JWT 資格情報は 2025 年 6 月 30 日にサポートが終了しました。「OAuth に移行」を使用してください。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>クラウドソリューション</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>認証サーバー</translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation>前回のヘルスチェック</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>✖ Secret missing — enter it again in Properties</source>
        <translation>✖ シークレットがありません — プロパティでもう一度入力してください</translation>
    </message>
</context>
<context>
    <name>ConfigurationView</name>
    <message>
        <source>JWT (deprecated)</source>
        <translation>JWT (非推奨)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>never checked</source>
        <translation>未チェック</translation>
    </message>
    <message>
        <source>ok (%1 UTC)</source>
        <translation>OK (%1 UTC)</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Cloud solution:</source>
        <translation>クラウドソリューション:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>認証:</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>認証サーバー:</translation>
    </message>
    <message>
        <source>Training sandbox:</source>
        <translation>トレーニング用サンドボックス:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>クライアントシークレット:</translation>
    </message>
    <message>
        <source>in the keychain (%1)</source>
        <translation>キーチェーン内 (%1)</translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation>組織 ID:</translation>
    </message>
    <message>
        <source>Technical account ID:</source>
        <translation>テクニカルアカウント ID:</translation>
    </message>
    <message>
        <source>Technical account email:</source>
        <translation>テクニカルアカウントのメール:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>スコープ:</translation>
    </message>
    <message>
        <source>Metascopes:</source>
        <translation>メタスコープ:</translation>
    </message>
    <message>
        <source>Certificate alias:</source>
        <translation>証明書のエイリアス:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>証明書:</translation>
    </message>
    <message numerus="yes">
        <source>%1, expires %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1、有効期限 %2 (残り %n 日)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1 フィンガープリント:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>秘密鍵:</translation>
    </message>
    <message>
        <source>Rollback copy of:</source>
        <translation>ロールバック元:</translation>
    </message>
    <message>
        <source>Migrated to OAuth:</source>
        <translation>OAuth への移行日時:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新日時:</translation>
    </message>
    <message>
        <source>Last health check:</source>
        <translation>前回のヘルスチェック:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>SOLUTION</source>
        <translation>ソリューション</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>LAST CHECK</source>
        <translation>前回のチェック</translation>
    </message>
    <message>
        <source>(rollback copy of %1)</source>
        <translation>(%1 のロールバック用コピー)</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>サンドボックス</translation>
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
        <translation>失敗    %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>OK      %1 — token expires in %n second(s), at %2</source>
        <translation>
            <numerusform>OK      %1 — トークンの有効期限は %n 秒後 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>スコープ: %1</translation>
    </message>
    <message>
        <source>MISSING from the keychain — enter it again: ims-wizard set-secret %1 --secret-stdin</source>
        <translation>キーチェーンにありません — もう一度入力してください: ims-wizard set-secret %1 --secret-stdin</translation>
    </message>
    <message>
        <source>Warning: %1. %2</source>
        <translation>警告: %1。%2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>AEM version:</source>
        <translation>AEM のバージョン:</translation>
    </message>
    <message>
        <source>Cloud Services (legacy):</source>
        <translation>Cloud Services (従来):</translation>
    </message>
    <message>
        <source>Cloud service:</source>
        <translation>クラウドサービス:</translation>
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
        <translation>Adobe Developer Console と Admin Console</translation>
    </message>
    <message>
        <source>Do these steps in Adobe&apos;s web consoles, then come back for the credentials. Tick each step when it is done; the ticks are saved with the configuration.</source>
        <translation>Adobe の Web コンソールでこれらの手順を実行してから、資格情報を入力するために戻ってきてください。完了した手順にはチェックを付けてください。チェックは構成とともに保存されます。</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>プロジェクトを作成</translation>
    </message>
    <message>
        <source>Add the product&apos;s API</source>
        <translation>製品の API を追加</translation>
    </message>
    <message>
        <source>Upload the public key (Service Account JWT)</source>
        <translation>公開鍵をアップロード (Service Account JWT)</translation>
    </message>
    <message>
        <source>Choose OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server を選択</translation>
    </message>
    <message>
        <source>Choose the product profiles</source>
        <translation>製品プロファイルを選択</translation>
    </message>
    <message>
        <source>Give the technical account the Target role Editor</source>
        <translation>テクニカルアカウントに Target の Editor ロールを付与</translation>
    </message>
    <message>
        <source>In the Adobe Developer Console, select your organization and choose &quot;Create new project&quot;.</source>
        <translation>Adobe Developer Console で組織を選択し、「Create new project」を選択します。</translation>
    </message>
    <message>
        <source>In the project choose &quot;Add API&quot; and pick this API.</source>
        <translation>プロジェクトで「Add API」を選択し、この API を選びます。</translation>
    </message>
    <message>
        <source>Choose &quot;Upload your public key&quot; and pick the certificate file below (never the private key).</source>
        <translation>「Upload your public key」を選択し、下の証明書ファイルを選びます (秘密鍵は選ばないでください)。</translation>
    </message>
    <message>
        <source>Choose the credential type OAuth Server-to-Server. Its scopes should be these.</source>
        <translation>資格情報の種類として OAuth Server-to-Server を選択します。スコープは次のとおりです。</translation>
    </message>
    <message>
        <source>Select the product profiles the technical account may use, then &quot;Save configured API&quot;.</source>
        <translation>テクニカルアカウントが使用できる製品プロファイルを選択し、「Save configured API」を選択します。</translation>
    </message>
    <message>
        <source>In the Admin Console open Adobe Target, the product profile, &quot;API credentials&quot;, and set the role of this credential&apos;s technical account to Editor. Observer cannot use the Admin API: &quot;Connect to Target&quot; fails with 403.</source>
        <translation>Admin Console で Adobe Target、製品プロファイル、「API credentials」を開き、この資格情報のテクニカルアカウントのロールを Editor に設定します。Observer では Admin API を使用できず、「Target に接続」が 403 で失敗します。</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>プロジェクト名</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Credential type</source>
        <translation>資格情報の種類</translation>
    </message>
    <message>
        <source>File to upload</source>
        <translation>アップロードするファイル</translation>
    </message>
    <message>
        <source>Metascope</source>
        <translation>メタスコープ</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open the console page for: %1</source>
        <translation>次のコンソールページを開きます: %1</translation>
    </message>
    <message>
        <source>Could not open %1; copy the address into a browser.</source>
        <translation>%1 を開けませんでした。アドレスをブラウザーにコピーしてください。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 をコピーしました。</translation>
    </message>
    <message>
        <source>No certificate yet: go back to the certificate page.</source>
        <translation>証明書がまだありません: 証明書のページに戻ってください。</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation>フォルダー %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>&amp;Assign Editor in the training sandbox</source>
        <translation>トレーニング用サンドボックスで Editor を割り当て(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>資格情報</translation>
    </message>
    <message>
        <source>Copy the OAuth Server-to-Server credential from the Adobe Developer Console, or paste or drop the JSON it downloads.</source>
        <translation>Adobe Developer Console から OAuth Server-to-Server 資格情報をコピーするか、ダウンロードした JSON を貼り付けるかドロップしてください。</translation>
    </message>
    <message>
        <source>Fill the form from Developer Console JSON on the clipboard</source>
        <translation>クリップボードの Developer Console の JSON からフォームに入力します</translation>
    </message>
    <message>
        <source>Fill with sandbox &amp;sample</source>
        <translation>サンドボックスのサンプルで入力(&amp;S)</translation>
    </message>
    <message>
        <source>Use the training organisation&apos;s credential for the chosen solution</source>
        <translation>選択したソリューションに対応するトレーニング用組織の資格情報を使用します</translation>
    </message>
    <message>
        <source>Authori&amp;zation server:</source>
        <translation>認証サーバー(&amp;Z):</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client ID(&amp;I):</translation>
    </message>
    <message>
        <source>from the credential&apos;s page</source>
        <translation>資格情報のページから</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>クライアントシークレット(&amp;E):</translation>
    </message>
    <message>
        <source>&quot;Retrieve client secret&quot;</source>
        <translation>「クライアントシークレットを取得」</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>組織 ID(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Technical account ID:</source>
        <translation>テクニカルアカウント ID(&amp;T):</translation>
    </message>
    <message>
        <source>Technical account e&amp;mail:</source>
        <translation>テクニカルアカウントのメール(&amp;M):</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>スコープ(&amp;P):</translation>
    </message>
    <message>
        <source>comma-separated, as the console lists them</source>
        <translation>コンソールの表示どおり、カンマ区切りで</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy the JSON from the Developer Console first.</source>
        <translation>クリップボードが空です。先に Developer Console から JSON をコピーしてください。</translation>
    </message>
    <message>
        <source>Import Developer Console JSON</source>
        <translation>Developer Console の JSON を読み込む</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>まだ必要な項目: %1</translation>
    </message>
    <message>
        <source>The text is not a Developer Console download.</source>
        <translation>このテキストは Developer Console からダウンロードしたものではありません。</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n field(s) from the Developer Console download.</source>
        <translation>
            <numerusform>Developer Console のダウンロードから %n 個のフィールドに入力しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large to be a Developer Console download.</source>
        <translation>%1 は Developer Console のダウンロードとしては大きすぎます。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>読み込まれませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n field(s) from the Developer Console download. It lists %1 client secrets; the first is used.</source>
        <translation>
            <numerusform>Developer Console のダウンロードから %n 個のフィールドに入力しました。クライアントシークレットが %1 個含まれているため、最初のものを使用します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste &amp;JSON</source>
        <translation>JSON を貼り付け(&amp;J)</translation>
    </message>
    <message>
        <source>Import JSON &amp;file…</source>
        <translation>JSON ファイルを読み込む(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Choose a format with --format pem|p12|osgi|report.</source>
        <translation>--format pem|p12|osgi|report で形式を選択してください。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: choose pem, p12, osgi or report.</source>
        <translation>不明な形式「%1」です: pem、p12、osgi、report のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>--%1 is for --format osgi only.</source>
        <translation>--%1 は --format osgi の場合のみ使用できます。</translation>
    </message>
    <message>
        <source>A password is for --format p12 only.</source>
        <translation>パスワードは --format p12 の場合のみ使用できます。</translation>
    </message>
    <message>
        <source>%1 has no certificate: only JWT configurations have one.</source>
        <translation>%1 には証明書がありません: 証明書があるのは JWT 構成のみです。</translation>
    </message>
    <message>
        <source>Upload this certificate to the credential in the Adobe Developer Console.</source>
        <translation>この証明書を Adobe Developer Console の資格情報にアップロードしてください。</translation>
    </message>
    <message>
        <source>keystore password</source>
        <translation>キーストアのパスワード</translation>
    </message>
    <message>
        <source>A PKCS#12 keystore needs a password: give it with --password-stdin or --password-env VAR.</source>
        <translation>PKCS#12 キーストアにはパスワードが必要です: --password-stdin または --password-env VAR で指定してください。</translation>
    </message>
    <message>
        <source>The keychain holds no private key for %1 (imported from AEM, the key stays in AEM&apos;s keystore).</source>
        <translation>キーチェーンに %1 の秘密鍵がありません (AEM から読み込んだ構成のため、鍵は AEM のキーストアに残っています)。</translation>
    </message>
    <message>
        <source>In AEM: Add Private Key from KeyStore file, alias %1.</source>
        <translation>AEM で:「Add Private Key from KeyStore file」、エイリアス %1。</translation>
    </message>
    <message>
        <source>--%1 writes the client secret in clear text into a file. Add --%2 to confirm, or leave both out to write the placeholder $[secret:%3].</source>
        <translation>--%1 はクライアントシークレットを平文でファイルに書き込みます。確認のため --%2 を追加するか、両方を省略してプレースホルダー $[secret:%3] を書き込んでください。</translation>
    </message>
    <message>
        <source>--output for osgi is a folder; %1 is a file.</source>
        <translation>osgi の --output はフォルダーですが、%1 はファイルです。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The client secret is in clear text in these files: keep them out of version control.</source>
        <translation>これらのファイルにはクライアントシークレットが平文で含まれています。バージョン管理に含めないでください。</translation>
    </message>
    <message>
        <source>The client secret is the placeholder $[secret:%1]: set a secret environment variable %1 in Cloud Manager (or the OSGi configuration) to its value.</source>
        <translation>クライアントシークレットはプレースホルダー $[secret:%1] です。Cloud Manager (または OSGi 構成) でシークレット環境変数 %1 にその値を設定してください。</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 は既に存在します。</translation>
    </message>
    <message>
        <source>Choose another --output, or add --force to replace it.</source>
        <translation>別の --output を選択するか、--force を追加して置き換えてください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <source>Export a configuration for AEM or the Developer Console.</source>
        <translation>AEM または Developer Console 用に構成をエクスポートします。</translation>
    </message>
    <message>
        <source>pem, p12, osgi or report.</source>
        <translation>pem、p12、osgi、report のいずれか。</translation>
    </message>
    <message>
        <source>Replace existing files.</source>
        <translation>既存のファイルを置き換えます。</translation>
    </message>
    <message>
        <source>p12: read the keystore password from stdin.</source>
        <translation>p12: キーストアのパスワードを stdin から読み取ります。</translation>
    </message>
    <message>
        <source>p12: read the keystore password from the environment variable &lt;var&gt;.</source>
        <translation>p12: キーストアのパスワードを環境変数 &lt;var&gt; から読み取ります。</translation>
    </message>
    <message>
        <source>osgi: write the client secret itself instead of the placeholder (needs --%1).</source>
        <translation>osgi: プレースホルダーの代わりにクライアントシークレット自体を書き込みます (--%1 が必要)。</translation>
    </message>
    <message>
        <source>Confirms --%1: the files will hold the secret in clear text.</source>
        <translation>--%1 を確認します: ファイルにはシークレットが平文で含まれます。</translation>
    </message>
    <message>
        <source>--all is for --format report only.</source>
        <translation>--all は --format report の場合のみ使用できます。</translation>
    </message>
    <message>
        <source>export takes one NAME (several only with --format report).</source>
        <translation>export には NAME を 1 つだけ指定します (複数指定できるのは --format report の場合のみ)。</translation>
    </message>
    <message>
        <source>Name the configurations for the report, or use --all (not both).</source>
        <translation>レポートの対象となる構成を指定するか、--all を使用してください (両方は指定できません)。</translation>
    </message>
    <message>
        <source>--%1 is not for --format report: the report never holds a secret.</source>
        <translation>--%1 は --format report では使用できません: レポートにシークレットが含まれることはありません。</translation>
    </message>
    <message>
        <source>There are no saved configurations to report on.</source>
        <translation>レポートの対象となる保存済みの構成がありません。</translation>
    </message>
    <message>
        <source>--output for a report is a folder, or a file ending in .pdf or .html.</source>
        <translation>レポートの --output には、フォルダー、または .pdf か .html で終わるファイルを指定します。</translation>
    </message>
    <message>
        <source>The report holds no secret: hand it over as it is.</source>
        <translation>レポートにシークレットは含まれていません。そのまま引き渡せます。</translation>
    </message>
    <message>
        <source>Writes one configuration in a format AEM or the Adobe Developer Console takes:
  pem     the public certificate (JWT) for the Developer Console, AEM-Adobe-IMS.crt
  p12     a PKCS#12 keystore with the private key and certificate (JWT), for AEM&apos;s &quot;Add Private Key from KeyStore file&quot;; needs --password-stdin or --password-env
  osgi    the OSGi configuration pair (.cfg.json) for AEM as code; the client secret is written as the Cloud Manager placeholder $[secret:NAME], or in clear text only with --clear-text-secret --i-understand-this-writes-a-secret
  report  the handover report of NAME… or --all, as HTML and PDF (no secret in it): organisation, solutions, endpoints, certificates, scopes, cloud services, health checks and the next actions
Existing files are not replaced without --force.</source>
        <translation>AEM または Adobe Developer Console が受け付ける形式で構成を 1 つ書き出します:
  pem     Developer Console 用の公開証明書 (JWT)、AEM-Adobe-IMS.crt
  p12     秘密鍵と証明書 (JWT) を含む PKCS#12 キーストア。AEM の「Add Private Key from KeyStore file」用。--password-stdin または --password-env が必要
  osgi    AEM のコードとしての構成用 OSGi 構成ペア (.cfg.json)。クライアントシークレットは Cloud Manager のプレースホルダー $[secret:NAME] として書き込まれ、平文になるのは --clear-text-secret --i-understand-this-writes-a-secret を指定した場合のみ
  report  NAME… または --all の引き継ぎレポート (HTML と PDF、シークレットは含みません): 組織、ソリューション、エンドポイント、証明書、スコープ、クラウドサービス、ヘルスチェック、次の作業
既存のファイルは --force を指定しない限り置き換えられません。</translation>
    </message>
    <message>
        <source>Write to &lt;path&gt;: a folder (osgi, report, or pem/p12 with the default file name) or a file (pem, p12; report: .pdf or .html). Default: the current folder.</source>
        <translation>&lt;path&gt; に書き込みます: フォルダー (osgi、report、または既定のファイル名での pem/p12) またはファイル (pem、p12。report は .pdf または .html)。既定: 現在のフォルダー。</translation>
    </message>
    <message>
        <source>report: every saved configuration.</source>
        <translation>report: 保存されているすべての構成。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export — %1</source>
        <translation>エクスポート — %1</translation>
    </message>
    <message>
        <source>&amp;OSGi configuration for AEM (.cfg.json pair)</source>
        <translation>AEM 用 OSGi 構成 (.cfg.json ペア)(&amp;O)</translation>
    </message>
    <message>
        <source>Public &amp;certificate for the Developer Console (%1)</source>
        <translation>Developer Console 用の公開証明書 (%1)(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;PKCS#12 keystore for AEM (&quot;Add Private Key from KeyStore file&quot;)</source>
        <translation>AEM 用 PKCS#12 キーストア (「Add Private Key from KeyStore file」)(&amp;P)</translation>
    </message>
    <message>
        <source>Write the client secret in clear te&amp;xt instead of $[secret:%1]</source>
        <translation>$[secret:%1] の代わりにクライアントシークレットを平文で書き込む(&amp;X)</translation>
    </message>
    <message>
        <source>⚠ The file will contain the secret. Anyone who can read it, or the repository it is committed to, can act as this integration. AEM as a Cloud Service reads $[secret:…] placeholders from environment variables instead.</source>
        <translation>⚠ ファイルにシークレットが含まれます。ファイルを読める人や、ファイルがコミットされたリポジトリを読める人は誰でも、この統合として操作できます。AEM as a Cloud Service では、代わりに環境変数から $[secret:…] プレースホルダーを読み込みます。</translation>
    </message>
    <message>
        <source>I understand: write the secret into the file</source>
        <translation>理解しました: シークレットをファイルに書き込む</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>キーストアのパスワード</translation>
    </message>
    <message>
        <source>Keystore password again</source>
        <translation>キーストアのパスワード (確認)</translation>
    </message>
    <message>
        <source>Keystore pass&amp;word:</source>
        <translation>キーストアのパスワード(&amp;W):</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>確認(&amp;G):</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Saved %1 — upload it to the credential in the Developer Console.</source>
        <translation>%1 を保存しました。Developer Console の資格情報にアップロードしてください。</translation>
    </message>
    <message>
        <source>Saved the OSGi configuration; set the environment variable %1 in AEM.</source>
        <translation>OSGi 構成を保存しました。AEM で環境変数 %1 を設定してください。</translation>
    </message>
    <message>
        <source>Saved the OSGi configuration with the secret in clear text (readable by you only).</source>
        <translation>シークレットを平文で含む OSGi 構成を保存しました (あなただけが読み取れます)。</translation>
    </message>
    <message>
        <source>Saved %1 (alias %2) for AEM&apos;s keystore.</source>
        <translation>AEM のキーストア用に %1 (エイリアス %2) を保存しました。</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>HandoverReportDialog</name>
    <message>
        <source>Handover report</source>
        <translation>引き継ぎレポート</translation>
    </message>
    <message>
        <source>Handover report preview</source>
        <translation>引き継ぎレポートのプレビュー</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF として保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>HTML として保存(&amp;H)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>レポートを PDF として保存</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>レポートを HTML として保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>HTML documents (*.html *.htm)</source>
        <translation>HTML ドキュメント (*.html *.htm)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>レポートは保存されていません</translation>
    </message>
</context>
<context>
    <name>HandoverReportDocument</name>
    <message>
        <source>Not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>AEM 6.3 or earlier</source>
        <translation>AEM 6.3 以前</translation>
    </message>
    <message>
        <source>AEM 6.4 or 6.5 before Service Pack 20</source>
        <translation>AEM 6.4、または Service Pack 20 より前の 6.5</translation>
    </message>
    <message>
        <source>AEM 6.5 Service Pack 20 or later, or with the compatibility hotfix</source>
        <translation>AEM 6.5 Service Pack 20 以降、または互換性ホットフィックス適用済み</translation>
    </message>
    <message>
        <source>AEM as a Cloud Service</source>
        <translation>AEM as a Cloud Service</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expired %n day(s) ago: create a new certificate, upload it to the credential in the Adobe Developer Console and update AEM&apos;s IMS configuration.</source>
        <translation>
            <numerusform>証明書の有効期限が %n 日前に切れています: 新しい証明書を作成し、Adobe Developer Console の資格情報にアップロードして、AEM の IMS 構成を更新してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s): create a new one and upload it to the Adobe Developer Console before then.</source>
        <translation>
            <numerusform>証明書の有効期限まであと %n 日です: それまでに新しい証明書を作成し、Adobe Developer Console にアップロードしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>JWT credentials reached end of life: migrate this configuration to OAuth Server-to-Server.</source>
        <translation>JWT 資格情報はサポートが終了しました: この構成を OAuth Server-to-Server に移行してください。</translation>
    </message>
    <message>
        <source>OAuth needs AEM 6.5 Service Pack 20 or the compatibility hotfix: install it before AEM uses this configuration.</source>
        <translation>OAuth には AEM 6.5 Service Pack 20 または互換性ホットフィックスが必要です: AEM でこの構成を使用する前にインストールしてください。</translation>
    </message>
    <message>
        <source>This JWT copy is kept as a rollback of a migration: once the OAuth configuration works in AEM, delete it.</source>
        <translation>この JWT コピーは移行のロールバック用に保持されています: OAuth 構成が AEM で動作したら削除してください。</translation>
    </message>
    <message>
        <source>No health check on record: check it before handing over.</source>
        <translation>ヘルスチェックの記録がありません: 引き渡す前にチェックしてください。</translation>
    </message>
    <message>
        <source>The last health check failed (%1): fix it and check again.</source>
        <translation>前回のヘルスチェックは失敗しました (%1): 問題を修正して、もう一度チェックしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The last successful health check is %n day(s) old: check it again.</source>
        <translation>
            <numerusform>前回成功したヘルスチェックは %n 日前です: もう一度チェックしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adobe IMS integrations: handover report</source>
        <translation>Adobe IMS 統合: 引き継ぎレポート</translation>
    </message>
    <message>
        <source>Generated on %1 by ims-wizard.</source>
        <translation>%1 に ims-wizard で生成。</translation>
    </message>
    <message>
        <source>Client secrets and private keys are not part of this report: they stay in the OS keychain of the machine that made the configurations.</source>
        <translation>クライアントシークレットと秘密鍵はこのレポートに含まれません。構成を作成したマシンの OS のキーチェーンに保存されたままです。</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>次の作業</translation>
    </message>
    <message>
        <source>Nothing to do: every configuration is current and healthy.</source>
        <translation>作業はありません: すべての構成が最新で正常です。</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>クラウドソリューション</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT 資格情報 (非推奨)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>AEM version</source>
        <translation>AEM のバージョン</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Training sandbox (not a real Adobe IMS)</source>
        <translation>トレーニング用サンドボックス (実際の Adobe IMS ではありません)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Technical account ID</source>
        <translation>テクニカルアカウント ID</translation>
    </message>
    <message>
        <source>Technical account email</source>
        <translation>テクニカルアカウントのメール</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>認証サーバー</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>トークンエンドポイント</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Metascopes</source>
        <translation>メタスコープ</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>In the OS keychain (not shown)</source>
        <translation>OS のキーチェーン内 (非表示)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>%1 (alias %2)</source>
        <translation>%1 (エイリアス %2)</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1 フィンガープリント</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>移行</translation>
    </message>
    <message>
        <source>Rollback copy kept after the migration to OAuth</source>
        <translation>OAuth への移行後に保持されているロールバック用コピー</translation>
    </message>
    <message>
        <source>Migrated from JWT on %1</source>
        <translation>%1 に JWT から移行</translation>
    </message>
    <message>
        <source>Legacy cloud service: %1</source>
        <translation>従来のクラウドサービス: %1</translation>
    </message>
    <message>
        <source>Cloud service: %1</source>
        <translation>クラウドサービス: %1</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>ヘルスチェック</translation>
    </message>
    <message>
        <source>Never checked.</source>
        <translation>未チェック。</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>チェック日時</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message numerus="yes">
        <source>Token retrieved (valid for %n hour(s))</source>
        <translation>
            <numerusform>トークン取得済み (有効期間 %n 時間)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Token retrieved (valid for %n minute(s))</source>
        <translation>
            <numerusform>トークン取得済み (有効期間 %n 分)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>ヘルスチェック</translation>
    </message>
    <message>
        <source>Requests a real access token with these credentials, as AEM&apos;s &quot;Check Health&quot; does.</source>
        <translation>AEM の「ヘルスチェック」と同じように、これらの資格情報で実際のアクセストークンを要求します。</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>チェック中</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再チェック(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>チェックをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>アクセストークンを表示</translation>
    </message>
    <message>
        <source>Decoded access token</source>
        <translation>デコードされたアクセストークン</translation>
    </message>
    <message>
        <source>Expires in:</source>
        <translation>有効期限まで:</translation>
    </message>
    <message>
        <source>Scopes granted:</source>
        <translation>付与されたスコープ:</translation>
    </message>
    <message>
        <source>Clocks:</source>
        <translation>時計:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>アクセストークン(&amp;T):</translation>
    </message>
    <message>
        <source>Requesting an access token from %1…</source>
        <translation>%1 にアクセストークンを要求しています…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>チェックをキャンセルしました。</translation>
    </message>
    <message>
        <source>Use &quot;Check again&quot; to retry.</source>
        <translation>「再チェック」で再試行してください。</translation>
    </message>
    <message>
        <source>In step with the server.</source>
        <translation>サーバーと同期しています。</translation>
    </message>
    <message>
        <source>The server sent no time.</source>
        <translation>サーバーから時刻が送られてきませんでした。</translation>
    </message>
    <message>
        <source>Token retrieved successfully</source>
        <translation>トークンを取得しました</translation>
    </message>
    <message>
        <source>The training sandbox issued an access token. Continue to save the configuration.</source>
        <translation>トレーニング用サンドボックスがアクセストークンを発行しました。続行して構成を保存してください。</translation>
    </message>
    <message>
        <source>Adobe IMS issued an access token. Continue to save the configuration.</source>
        <translation>Adobe IMS がアクセストークンを発行しました。続行して構成を保存してください。</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(not listed in the token)</source>
        <translation>(トークンに記載なし)</translation>
    </message>
    <message>
        <source>The access token is not a JWT; nothing to decode.</source>
        <translation>アクセストークンは JWT ではないため、デコードする内容がありません。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>詳細:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a duration: hours, then minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Proxy and corporate TLS settings</source>
        <translation>プロキシと社内 TLS の設定</translation>
    </message>
    <message>
        <source>Dec&amp;oded token:</source>
        <translation>デコードされたトークン(&amp;O):</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>デコードされたトークン</translation>
    </message>
    <message>
        <source>%1: %2 What to do: %3</source>
        <translation>%1: %2 対処方法: %3</translation>
    </message>
    <message>
        <source>Net&amp;work…</source>
        <translation>ネットワーク(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Name at least one FILE (or folder) to import.</source>
        <translation>読み込む FILE (またはフォルダー) を 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>そのようなファイルまたはフォルダーはありません: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>大きすぎます</translation>
    </message>
    <message numerus="yes">
        <source>--%1 needs exactly one configuration, but the files hold %n.</source>
        <translation>
            <numerusform>--%1 には構成が 1 つだけ必要ですが、ファイルには %n 個含まれています。</numerusform>
        </translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>Unknown cloud solution &quot;%1&quot;. Known: %2.</source>
        <translation>不明なクラウドソリューション「%1」です。既知のもの: %2。</translation>
    </message>
    <message>
        <source>A client secret was given, but every configuration found has one.</source>
        <translation>クライアントシークレットが指定されましたが、見つかった構成はすべてシークレットを持っています。</translation>
    </message>
    <message numerus="yes">
        <source>A client secret was given, but %n configurations need one: import them one at a time.</source>
        <translation>
            <numerusform>クライアントシークレットが指定されましたが、シークレットが必要な構成が %n 個あります。1 つずつ読み込んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n configuration(s).</source>
        <translation>
            <numerusform>%n 個の構成が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>読み込み元: %1</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client ID: %1</translation>
    </message>
    <message>
        <source>Organization ID: %1</source>
        <translation>組織 ID: %1</translation>
    </message>
    <message>
        <source>Client secret: given on stdin or in the environment</source>
        <translation>クライアントシークレット: stdin または環境変数で指定済み</translation>
    </message>
    <message>
        <source>Client secret: in the file (goes to the keychain)</source>
        <translation>クライアントシークレット: ファイル内 (キーチェーンに保存されます)</translation>
    </message>
    <message>
        <source>Client secret: only the placeholder %1; give the value with --secret-stdin or --secret-env VAR</source>
        <translation>クライアントシークレット: プレースホルダー %1 のみ。--secret-stdin または --secret-env VAR で値を指定してください</translation>
    </message>
    <message>
        <source>Client secret: none; give it with --secret-stdin or --secret-env VAR</source>
        <translation>クライアントシークレット: なし。--secret-stdin または --secret-env VAR で指定してください</translation>
    </message>
    <message>
        <source>Private key: not in the file (it stays in AEM&apos;s keystore); migrate the configuration to OAuth to check it</source>
        <translation>秘密鍵: ファイルにありません (AEM のキーストアに残っています)。チェックするには構成を OAuth に移行してください</translation>
    </message>
    <message>
        <source>Private key: in the file (goes to the keychain)</source>
        <translation>秘密鍵: ファイル内 (キーチェーンに保存されます)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>不足: %1</translation>
    </message>
    <message>
        <source>Complete (dry run: not saved).</source>
        <translation>完全です (ドライラン: 保存していません)。</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>完全です。</translation>
    </message>
    <message>
        <source>Not saved: incomplete.</source>
        <translation>保存していません: 不完全です。</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;:</source>
        <translation>「%1」を保存できませんでした:</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as %2.</source>
        <translation>「%1」を %2 として保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %1 of %n configuration(s) complete, nothing saved.</source>
        <translation>
            <numerusform>ドライラン: %n 個中 %1 個の構成が完全です。何も保存していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 of %n configuration(s).</source>
        <translation>
            <numerusform>%n 個中 %1 個の構成を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import configurations from files.</source>
        <translation>ファイルから構成を読み込みます。</translation>
    </message>
    <message>
        <source>Reads AEM OSGi configurations (.cfg.json, .config, content packages), aio CLI contexts, Adobe Developer Console downloads, AEM as a Cloud Service service credentials and JWT payloads (files or folders), shows what each configuration holds and what is missing, and saves the complete ones: secrets to the keychain, the rest to the configuration file. A configuration whose file has only a placeholder such as $[secret:NAME] (or no secret) is saved only with --secret-stdin or --secret-env. Exit code 0 when every configuration found was saved.</source>
        <translation>AEM の OSGi 構成 (.cfg.json、.config、コンテンツパッケージ)、aio CLI のコンテキスト、Adobe Developer Console のダウンロード、AEM as a Cloud Service のサービス資格情報、JWT ペイロード (ファイルまたはフォルダー) を読み取り、各構成の内容と不足している項目を表示して、完全なものを保存します: シークレットはキーチェーンに、それ以外は構成ファイルに保存します。ファイルに $[secret:NAME] などのプレースホルダーしかない (またはシークレットがない) 構成は、--secret-stdin または --secret-env を指定した場合のみ保存されます。見つかったすべての構成が保存された場合、終了コードは 0 です。</translation>
    </message>
    <message>
        <source>Show what would be imported; save nothing.</source>
        <translation>読み込まれる内容を表示し、何も保存しません。</translation>
    </message>
    <message>
        <source>Read the client secret from stdin (for the one configuration that needs it).</source>
        <translation>クライアントシークレットを stdin から読み取ります (シークレットが必要な 1 つの構成用)。</translation>
    </message>
    <message>
        <source>Read the client secret from the environment variable &lt;var&gt;.</source>
        <translation>クライアントシークレットを環境変数 &lt;var&gt; から読み取ります。</translation>
    </message>
    <message>
        <source>Set the authorization server to &lt;url&gt; (Developer Console downloads do not name one; default https://ims-na1.adobelogin.com).</source>
        <translation>認証サーバーを &lt;url&gt; に設定します (Developer Console のダウンロードには含まれないため。既定は https://ims-na1.adobelogin.com)。</translation>
    </message>
    <message>
        <source>Mark the configurations as made for the training sandbox (checked against whichever sandbox runs).</source>
        <translation>構成をトレーニング用サンドボックス用としてマークします (実行中のサンドボックスでチェックされます)。</translation>
    </message>
    <message>
        <source>Title of the configuration (one configuration only).</source>
        <translation>構成のタイトル (構成が 1 つの場合のみ)。</translation>
    </message>
    <message>
        <source>Cloud solution id, e.g. target (one configuration only).</source>
        <translation>クラウドソリューションの ID。例: target (構成が 1 つの場合のみ)。</translation>
    </message>
    <message>
        <source>Server: %1 (training sandbox)</source>
        <translation>サーバー: %1 (トレーニング用サンドボックス)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import configurations</source>
        <translation>構成を読み込む</translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Import. Secrets go to the keychain, never to a file.</source>
        <translation>「読み込む」を選択するまで何も保存されません。シークレットはキーチェーンに保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Configurations found</source>
        <translation>見つかった構成</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>クラウドソリューション</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>検出場所</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Client secret for the selected configuration</source>
        <translation>選択した構成のクライアントシークレット</translation>
    </message>
    <message>
        <source>when the file has a $[secret:…] placeholder or none</source>
        <translation>ファイルに $[secret:…] プレースホルダーがあるか、シークレットがない場合</translation>
    </message>
    <message>
        <source>Client &amp;secret for the selected row:</source>
        <translation>選択した行のクライアントシークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Use them with the &amp;training sandbox (for demonstrations)</source>
        <translation>トレーニング用サンドボックスで使用 (デモ用)(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>読み込む(&amp;I)</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT 資格情報 (非推奨)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message numerus="yes">
        <source>Found %n configuration(s).</source>
        <translation>
            <numerusform>%n 個の構成が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Ready — without its private key: migrate it to OAuth to check it</source>
        <translation>準備完了 — 秘密鍵なし: チェックするには OAuth に移行してください</translation>
    </message>
    <message>
        <source>Ready (secret entered for %1)</source>
        <translation>準備完了 (%1 のシークレットを入力済み)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>不足: %1</translation>
    </message>
    <message>
        <source>Choose at least one complete configuration to import.</source>
        <translation>読み込む完全な構成を 1 つ以上選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n configuration(s).</source>
        <translation>
            <numerusform>%n 個の構成を読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at &quot;%1&quot;: %2</source>
        <translation>「%1」で停止しました: %2</translation>
    </message>
</context>
<context>
    <name>ImsWizard</name>
    <message>
        <source>New IMS configuration — Training sandbox</source>
        <translation>新しい IMS 構成 — トレーニング用サンドボックス</translation>
    </message>
    <message>
        <source>New IMS configuration</source>
        <translation>新しい IMS 構成</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training sandbox&lt;/b&gt; — a local practice IMS; no real Adobe credentials are used or needed.</source>
        <translation>&lt;b&gt;トレーニング用サンドボックス&lt;/b&gt; — ローカルの練習用 IMS です。実際の Adobe 資格情報は使用せず、必要もありません。</translation>
    </message>
    <message>
        <source>Adobe &amp;documentation</source>
        <translation>Adobe ドキュメント(&amp;D)</translation>
    </message>
    <message>
        <source>Opens Adobe&apos;s documentation for this step in the browser</source>
        <translation>この手順の Adobe ドキュメントをブラウザーで開きます</translation>
    </message>
    <message>
        <source>Training sandbox</source>
        <translation>トレーニング用サンドボックス</translation>
    </message>
    <message>
        <source>Only the training sandbox can be changed from here; use the Admin Console.</source>
        <translation>ここから変更できるのはトレーニング用サンドボックスのみです。Admin Console を使用してください。</translation>
    </message>
    <message>
        <source>The technical account now has the Target role Editor (training sandbox).</source>
        <translation>テクニカルアカウントに Target の Editor ロールが付与されました (トレーニング用サンドボックス)。</translation>
    </message>
    <message>
        <source>The training sandbox did not change the role (HTTP status %1).</source>
        <translation>トレーニング用サンドボックスはロールを変更しませんでした (HTTP ステータス %1)。</translation>
    </message>
</context>
<context>
    <name>JwtCredentialsPage</name>
    <message>
        <source>JWT credentials</source>
        <translation>JWT 資格情報</translation>
    </message>
    <message>
        <source>The fields of AEM&apos;s JWT form, from the credential in the Developer Console. Paste the JSON of its &quot;Generate JWT&quot; tab as the payload.</source>
        <translation>Developer Console の資格情報から取得する、AEM の JWT フォームの各フィールドです。「Generate JWT」タブの JSON をペイロードとして貼り付けてください。</translation>
    </message>
    <message>
        <source>An AEM as a Cloud Service service credential, a Developer Console JWT credential, or the payload</source>
        <translation>AEM as a Cloud Service のサービス資格情報、Developer Console の JWT 資格情報、またはペイロード</translation>
    </message>
    <message>
        <source>Fill with sandbox &amp;sample</source>
        <translation>サンドボックスのサンプルで入力(&amp;S)</translation>
    </message>
    <message>
        <source>Authori&amp;zation server:</source>
        <translation>認証サーバー(&amp;Z):</translation>
    </message>
    <message>
        <source>API &amp;key (client ID):</source>
        <translation>API キー (Client ID)(&amp;K):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>クライアントシークレット(&amp;E):</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>ペイロード(&amp;Y):</translation>
    </message>
    <message>
        <source>The payload is not a JWT payload.</source>
        <translation>このペイロードは JWT ペイロードではありません。</translation>
    </message>
    <message>
        <source>The payload&apos;s aud names the client %1, but the API key is %2.</source>
        <translation>ペイロードの aud はクライアント %1 を指定していますが、API キーは %2 です。</translation>
    </message>
    <message>
        <source>The payload&apos;s aud names the server %1, but the authorization server is %2.</source>
        <translation>ペイロードの aud はサーバー %1 を指定していますが、認証サーバーは %2 です。</translation>
    </message>
    <message>
        <source>Organization: %1
Technical account: %2
Metascopes: %3</source>
        <translation>組織: %1
テクニカルアカウント: %2
メタスコープ: %3</translation>
    </message>
    <message>
        <source>(from the payload)</source>
        <translation>(ペイロードから)</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>まだ必要な項目: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>読み込まれませんでした: %1</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>クリップボードが空です。</translation>
    </message>
    <message>
        <source>Pasted the payload.</source>
        <translation>ペイロードを貼り付けました。</translation>
    </message>
    <message>
        <source>This is not a JWT credential.</source>
        <translation>これは JWT 資格情報ではありません。</translation>
    </message>
    <message>
        <source>This is an OAuth Server-to-Server credential. Go back and choose OAuth for it.</source>
        <translation>これは OAuth Server-to-Server 資格情報です。前に戻って OAuth を選択してください。</translation>
    </message>
    <message>
        <source>Filled the form and took the key pair from the service credential.</source>
        <translation>フォームに入力し、サービス資格情報からキーペアを取得しました。</translation>
    </message>
    <message>
        <source>Filled the form from the credential.</source>
        <translation>資格情報からフォームに入力しました。</translation>
    </message>
    <message>
        <source>Paste &amp;JSON</source>
        <translation>JSON を貼り付け(&amp;J)</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>IMS Wizard will use the new language the next time it starts.</source>
        <translation>IMS Wizard は次回の起動時から新しい言語を使用します。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>cloud solution: none of the listed ones</comment>
        <translation>カスタム</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list takes no arguments.</source>
        <translation>list に引数は指定できません。</translation>
    </message>
    <message>
        <source>No configurations in %1.</source>
        <translation>%1 に構成がありません。</translation>
    </message>
    <message>
        <source>List the saved configurations and their last health check.</source>
        <translation>保存されている構成と前回のヘルスチェックを一覧表示します。</translation>
    </message>
    <message>
        <source>Lists the saved configurations: id (first 8 characters), title, authentication, cloud solution, server and the last health check. Rollback copies kept by a migration are marked.</source>
        <translation>保存されている構成を一覧表示します: ID (先頭 8 文字)、タイトル、認証、クラウドソリューション、サーバー、前回のヘルスチェック。移行によって保持されているロールバック用コピーには印が付きます。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IMS Wizard — Adobe IMS configurations</source>
        <translation>IMS Wizard — Adobe IMS 構成</translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>&amp;New configuration…</source>
        <translation>新しい構成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Check health</source>
        <translation>ヘルスチェック(&amp;C)</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>すべてチェック(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>プロパティ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Migrate to OAuth…</source>
        <translation>OAuth に移行(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Roll back migration…</source>
        <translation>移行をロールバック(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>構成(&amp;C)</translation>
    </message>
    <message>
        <source>Use the &amp;training sandbox</source>
        <translation>トレーニング用サンドボックスを使用(&amp;T)</translation>
    </message>
    <message>
        <source>Search title, solution, server, client ID…</source>
        <translation>タイトル、ソリューション、サーバー、Client ID を検索…</translation>
    </message>
    <message>
        <source>Search configurations</source>
        <translation>構成を検索</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>All configurations</source>
        <translation>すべての構成</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>JWT (to migrate)</source>
        <translation>JWT (移行が必要)</translation>
    </message>
    <message>
        <source>Failing health check</source>
        <translation>ヘルスチェック失敗</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>IMS configurations</source>
        <translation>IMS 構成</translation>
    </message>
    <message>
        <source>No IMS configurations yet. Choose &quot;New configuration&quot; (Ctrl+N) or &quot;Import&quot; (Ctrl+O), or drop files here.</source>
        <translation>IMS 構成はまだありません。「新しい構成」(Ctrl+N) または「読み込む」(Ctrl+O) を選択するか、ここにファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>Import configurations</source>
        <translation>構成を読み込む</translation>
    </message>
    <message>
        <source>Configurations (*.json *.cfg.json *.config *.zip);;All files (*)</source>
        <translation>構成 (*.json *.cfg.json *.config *.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Health checks finished.</source>
        <translation>ヘルスチェックが完了しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s) in %1</source>
        <translation>
            <numerusform>%1 内の構成: %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n configuration(s)…</source>
        <translation>
            <numerusform>%n 個の構成をチェックしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>複製されませんでした: %1</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its client secret and private key are removed from the keychain too.</source>
        <translation>「%1」を削除しますか? クライアントシークレットと秘密鍵もキーチェーンから削除されます。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n configuration(s)? Their secrets are removed from the keychain too.</source>
        <translation>
            <numerusform>%n 個の構成を削除しますか? シークレットもキーチェーンから削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete configurations</source>
        <translation>構成の削除</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>削除されませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n configuration(s).</source>
        <translation>
            <numerusform>%n 個の構成を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no migration to roll back.</source>
        <translation>ロールバックする移行はありません。</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>ロールバックされませんでした: %1</translation>
    </message>
    <message>
        <source>Rolled back: the JWT configuration is in place again.</source>
        <translation>ロールバックしました: JWT 構成が再び有効になっています。</translation>
    </message>
    <message>
        <source>Roll back migration</source>
        <translation>移行のロールバック</translation>
    </message>
    <message>
        <source>Put the JWT configuration back in place of its OAuth replacement? The OAuth client secret is removed from the keychain.</source>
        <translation>OAuth 構成を元の JWT 構成に戻しますか? OAuth のクライアントシークレットはキーチェーンから削除されます。</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>ロールバック(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n configuration(s).</source>
        <translation>
            <numerusform>%n 個の構成を読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The training sandbox could not start: %1</source>
        <translation>トレーニング用サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>IMS Wizard — Training sandbox</source>
        <translation>IMS Wizard — トレーニング用サンドボックス</translation>
    </message>
    <message>
        <source>Training sandbox at %1</source>
        <translation>トレーニング用サンドボックス: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error title: what to do</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 You can practise the whole flow against the built-in training sandbox.</source>
        <comment>%1: why IMS is not used</comment>
        <translation>%1 組み込みのトレーニング用サンドボックスで、一連の流れ全体を練習できます。</translation>
    </message>
    <message>
        <source>&amp;Handover report…</source>
        <translation>引き継ぎレポート(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使った構成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>ネットワーク(&amp;N)…</translation>
    </message>
    <message>
        <source>That configuration no longer exists.</source>
        <translation>その構成はもう存在しません。</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(まだありません)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>一覧をクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Reloaded: another program (a command-line run, say) changed the configurations.</source>
        <translation>再読み込みしました: 別のプログラム (コマンドラインの実行など) が構成を変更しました。</translation>
    </message>
    <message>
        <source>IMS Wizard was started again; this window is the one in use for %1.</source>
        <translation>IMS Wizard が再度起動されました。%1 にはこのウィンドウが使われています。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>No error</source>
        <translation>エラーなし</translation>
    </message>
    <message>
        <source>Unknown client ID</source>
        <translation>不明な Client ID</translation>
    </message>
    <message>
        <source>Adobe IMS does not know this client ID.</source>
        <translation>Adobe IMS はこの Client ID を認識していません。</translation>
    </message>
    <message>
        <source>Copy the client ID again from the credential in the Adobe Developer Console, and check that the authorization server matches the credential&apos;s environment (production or stage).</source>
        <translation>Adobe Developer Console の資格情報から Client ID をもう一度コピーし、認証サーバーが資格情報の環境 (本番またはステージ) と一致しているか確認してください。</translation>
    </message>
    <message>
        <source>Wrong client secret</source>
        <translation>クライアントシークレットが正しくありません</translation>
    </message>
    <message>
        <source>Adobe IMS knows the client ID but rejected the client secret.</source>
        <translation>Adobe IMS は Client ID を認識しましたが、クライアントシークレットを拒否しました。</translation>
    </message>
    <message>
        <source>Use &quot;Retrieve client secret&quot; in the Developer Console and paste it again. If the secret was rotated, use the newer one.</source>
        <translation>Developer Console で「クライアントシークレットを取得」を使用し、もう一度貼り付けてください。シークレットがローテーションされた場合は、新しい方を使用してください。</translation>
    </message>
    <message>
        <source>Client rejected</source>
        <translation>クライアントが拒否されました</translation>
    </message>
    <message>
        <source>Adobe IMS rejected the client credentials.</source>
        <translation>Adobe IMS はクライアントの資格情報を拒否しました。</translation>
    </message>
    <message>
        <source>Check the client ID and secret in the Developer Console, and that the credential has the API this configuration is for.</source>
        <translation>Developer Console で Client ID とシークレットを確認し、この構成の対象となる API が資格情報に追加されているか確認してください。</translation>
    </message>
    <message>
        <source>Scope not granted</source>
        <translation>スコープが付与されていません</translation>
    </message>
    <message>
        <source>One or more requested scopes are not granted to this credential.</source>
        <translation>要求したスコープの 1 つ以上が、この資格情報に付与されていません。</translation>
    </message>
    <message>
        <source>Copy the scopes exactly as the Developer Console lists them for the credential, or add the missing API or product profile to the project.</source>
        <translation>Developer Console に表示される資格情報のスコープをそのままコピーするか、不足している API または製品プロファイルをプロジェクトに追加してください。</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>トークンが拒否されました</translation>
    </message>
    <message>
        <source>Adobe IMS could not accept the signed JWT: it is malformed or has expired.</source>
        <translation>Adobe IMS は署名済み JWT を受け付けられませんでした。形式が正しくないか、有効期限が切れています。</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s clock is correct, then try again.</source>
        <translation>このコンピューターの時計が正しいか確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Private key does not match</source>
        <translation>秘密鍵が一致しません</translation>
    </message>
    <message>
        <source>The JWT was signed with a private key whose certificate is not uploaded to this credential.</source>
        <translation>JWT の署名に使用された秘密鍵の証明書が、この資格情報にアップロードされていません。</translation>
    </message>
    <message>
        <source>Upload this configuration&apos;s public certificate to the credential in the Developer Console, or use the private key that belongs to the uploaded certificate.</source>
        <translation>この構成の公開証明書を Developer Console の資格情報にアップロードするか、アップロード済みの証明書に対応する秘密鍵を使用してください。</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>署名が無効です</translation>
    </message>
    <message>
        <source>Adobe IMS could not verify the JWT&apos;s signature.</source>
        <translation>Adobe IMS は JWT の署名を検証できませんでした。</translation>
    </message>
    <message>
        <source>Use the private key that belongs to the certificate uploaded to the credential.</source>
        <translation>資格情報にアップロードされた証明書に対応する秘密鍵を使用してください。</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>リクエストが拒否されました</translation>
    </message>
    <message>
        <source>Adobe IMS rejected the request as malformed.</source>
        <translation>Adobe IMS は、形式が正しくないとしてリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>Check the organization ID and technical account ID: they must be copied exactly from the Developer Console.</source>
        <translation>組織 ID とテクニカルアカウント ID を確認してください。Developer Console から正確にコピーする必要があります。</translation>
    </message>
    <message>
        <source>Adobe IMS error</source>
        <translation>Adobe IMS エラー</translation>
    </message>
    <message>
        <source>Adobe IMS answered with an internal error.</source>
        <translation>Adobe IMS が内部エラーを返しました。</translation>
    </message>
    <message>
        <source>Try again later. For a JWT credential this also means it was already converted to OAuth: migrate the configuration.</source>
        <translation>しばらくしてからもう一度お試しください。JWT 資格情報の場合は、既に OAuth に変換されていることも意味します。構成を移行してください。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message numerus="yes">
        <source>Adobe IMS is throttling this client: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Adobe IMS がこのクライアントを制限しています: %n 秒待ってから再試行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adobe IMS is throttling this client.</source>
        <translation>Adobe IMS がこのクライアントを制限しています。</translation>
    </message>
    <message>
        <source>Wait, then check again. Applications should cache the token until shortly before it expires instead of requesting a new one for each call.</source>
        <translation>しばらく待ってから、もう一度チェックしてください。アプリケーションは呼び出しのたびに新しいトークンを要求せず、有効期限の少し前までトークンをキャッシュする必要があります。</translation>
    </message>
    <message>
        <source>Adobe IMS answered with the error &quot;%1&quot;.</source>
        <translation>Adobe IMS がエラー「%1」を返しました。</translation>
    </message>
    <message>
        <source>Read the server&apos;s description below and check the credential in the Developer Console.</source>
        <translation>下のサーバーの説明を読み、Developer Console で資格情報を確認してください。</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 and no error description.</source>
        <translation>サーバーは HTTP ステータス %1 を返しましたが、エラーの説明はありません。</translation>
    </message>
    <message>
        <source>Check that the authorization server is Adobe IMS (for example https://ims-na1.adobelogin.com) and that no proxy is answering instead.</source>
        <translation>認証サーバーが Adobe IMS (例: https://ims-na1.adobelogin.com) であり、代わりにプロキシが応答していないか確認してください。</translation>
    </message>
    <message>
        <source>Incomplete token response</source>
        <translation>トークン応答が不完全です</translation>
    </message>
    <message>
        <source>The server answered successfully but without a usable access token.</source>
        <translation>サーバーは成功を返しましたが、使用できるアクセストークンが含まれていません。</translation>
    </message>
    <message>
        <source>Check that the authorization server is Adobe IMS and not a proxy or another service.</source>
        <translation>認証サーバーがプロキシや別のサービスではなく Adobe IMS であるか確認してください。</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>The authorization server did not answer in time.</source>
        <translation>認証サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then try again.</source>
        <translation>ネットワーク接続とプロキシ設定を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全な接続に失敗しました</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified.</source>
        <translation>サーバーの TLS 証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>If a corporate proxy inspects TLS, add its CA certificate for IMS connections. Never turn verification off.</source>
        <translation>社内プロキシが TLS を検査している場合は、IMS 接続用にそのプロキシの CA 証明書を追加してください。検証を無効にしないでください。</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>サーバーが見つかりません</translation>
    </message>
    <message>
        <source>The authorization server&apos;s host name could not be resolved.</source>
        <translation>認証サーバーのホスト名を解決できませんでした。</translation>
    </message>
    <message>
        <source>Check the authorization server URL and this computer&apos;s DNS and proxy settings. Without a network, use the training sandbox.</source>
        <translation>認証サーバーの URL と、このコンピューターの DNS およびプロキシの設定を確認してください。ネットワークがない場合は、トレーニング用サンドボックスを使用してください。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>The authorization server refused the connection.</source>
        <translation>認証サーバーが接続を拒否しました。</translation>
    </message>
    <message>
        <source>Check the URL and port, and whether a firewall or proxy blocks the connection.</source>
        <translation>URL とポート、およびファイアウォールやプロキシが接続をブロックしていないか確認してください。</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>接続が切断されました</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>サーバーは応答する前に接続を切断しました。</translation>
    </message>
    <message>
        <source>Try again; if it persists, check proxies or firewalls between this computer and Adobe IMS.</source>
        <translation>もう一度お試しください。解決しない場合は、このコンピューターと Adobe IMS の間にあるプロキシやファイアウォールを確認してください。</translation>
    </message>
    <message>
        <source>Not an IMS answer</source>
        <translation>IMS の応答ではありません</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not JSON, so it did not come from Adobe IMS.</source>
        <translation>サーバーの応答が JSON ではないため、Adobe IMS からの応答ではありません。</translation>
    </message>
    <message>
        <source>Check the authorization server URL; a proxy or captive portal may be answering instead.</source>
        <translation>認証サーバーの URL を確認してください。代わりにプロキシやキャプティブポータルが応答している可能性があります。</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>応答が大きすぎます</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than any token response and was cut off.</source>
        <translation>サーバーの応答がトークン応答としてはあまりに大きかったため、途中で切り捨てました。</translation>
    </message>
    <message>
        <source>Check the authorization server URL; this is not Adobe IMS answering.</source>
        <translation>認証サーバーの URL を確認してください。応答しているのは Adobe IMS ではありません。</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>リダイレクトを拒否しました</translation>
    </message>
    <message>
        <source>The server redirected the token request elsewhere. It was not followed, so the client secret was not sent again.</source>
        <translation>サーバーはトークンのリクエストを別の場所にリダイレクトしました。リダイレクトには従っていないため、クライアントシークレットは再送信されていません。</translation>
    </message>
    <message>
        <source>Use the authorization server&apos;s final address directly.</source>
        <translation>認証サーバーの最終的なアドレスを直接使用してください。</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>The request failed on the network.</source>
        <translation>ネットワーク上でリクエストが失敗しました。</translation>
    </message>
    <message>
        <source>Made by a newer version</source>
        <translation>新しいバージョンで作成されています</translation>
    </message>
    <message>
        <source>The configurations file was written by a newer version of IMS Wizard.</source>
        <translation>構成ファイルは、より新しいバージョンの IMS Wizard で書き込まれています。</translation>
    </message>
    <message>
        <source>Update IMS Wizard. The file was left unchanged.</source>
        <translation>IMS Wizard を更新してください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Configurations file damaged</source>
        <translation>構成ファイルが破損しています</translation>
    </message>
    <message>
        <source>The configurations file could not be read.</source>
        <translation>構成ファイルを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Restore it from a backup; it was left unchanged.</source>
        <translation>バックアップから復元してください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source>The configurations file could not be written.</source>
        <translation>構成ファイルに書き込めませんでした。</translation>
    </message>
    <message>
        <source>Check free disk space and the permissions of the configuration folder.</source>
        <translation>ディスクの空き容量と構成フォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>既に使用中です</translation>
    </message>
    <message>
        <source>Another IMS Wizard window is using the configurations.</source>
        <translation>別の IMS Wizard ウィンドウが構成を使用しています。</translation>
    </message>
    <message>
        <source>Close the other window, then try again.</source>
        <translation>もう一方のウィンドウを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Secret missing</source>
        <translation>シークレットがありません</translation>
    </message>
    <message>
        <source>The secret for this configuration is not in the keychain.</source>
        <translation>この構成のシークレットがキーチェーンにありません。</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>キーチェーンがありません</translation>
    </message>
    <message>
        <source>No keychain service is available, so the secret cannot be stored safely.</source>
        <translation>キーチェーンサービスを利用できないため、シークレットを安全に保存できません。</translation>
    </message>
    <message>
        <source>Start the desktop&apos;s keychain (GNOME Keyring or KWallet with the Secret Service) and try again. IMS Wizard never stores secrets in plain files.</source>
        <translation>デスクトップのキーチェーン (GNOME Keyring、または Secret Service 対応の KWallet) を起動して、もう一度お試しください。IMS Wizard はシークレットを通常のファイルに保存することはありません。</translation>
    </message>
    <message>
        <source>Keychain locked</source>
        <translation>キーチェーンがロックされています</translation>
    </message>
    <message>
        <source>Keychain access denied</source>
        <translation>キーチェーンへのアクセスが拒否されました</translation>
    </message>
    <message>
        <source>Keychain error</source>
        <translation>キーチェーンエラー</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>キーチェーンがエラーを報告しました。</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the desktop&apos;s keychain service.</source>
        <translation>もう一度お試しください。解決しない場合は、デスクトップのキーチェーンサービスを確認してください。</translation>
    </message>
    <message>
        <source>Cryptography error</source>
        <translation>暗号エラー</translation>
    </message>
    <message>
        <source>A key or certificate operation failed.</source>
        <translation>鍵または証明書の操作に失敗しました。</translation>
    </message>
    <message>
        <source>Check that the file is a valid key or certificate and that the passphrase is right.</source>
        <translation>ファイルが有効な鍵または証明書であること、およびパスフレーズが正しいことを確認してください。</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>パスフレーズが正しくありません</translation>
    </message>
    <message>
        <source>The file is protected and the passphrase does not open it.</source>
        <translation>ファイルは保護されており、このパスフレーズでは開けません。</translation>
    </message>
    <message>
        <source>Enter the passphrase or keystore password it was exported with.</source>
        <translation>エクスポート時に使用したパスフレーズまたはキーストアのパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Key and certificate do not belong together</source>
        <translation>鍵と証明書が対応していません</translation>
    </message>
    <message>
        <source>The private key is not the one the certificate was made for.</source>
        <translation>この秘密鍵は、証明書の作成に使用された鍵ではありません。</translation>
    </message>
    <message>
        <source>Choose the private key that was generated with this certificate (for the Developer Console&apos;s config.zip: private.key with certificate_pub.crt).</source>
        <translation>この証明書と一緒に生成された秘密鍵を選択してください (Developer Console の config.zip の場合: private.key と certificate_pub.crt)。</translation>
    </message>
    <message>
        <source>Unsupported key</source>
        <translation>サポートされていない鍵</translation>
    </message>
    <message>
        <source>Adobe IMS needs an RSA key of at least 2048 bits.</source>
        <translation>Adobe IMS には 2048 ビット以上の RSA 鍵が必要です。</translation>
    </message>
    <message>
        <source>Create a new certificate here, or generate an RSA 2048 key pair.</source>
        <translation>ここで新しい証明書を作成するか、RSA 2048 のキーペアを生成してください。</translation>
    </message>
    <message>
        <source>JWT credentials reached end of life</source>
        <translation>JWT 資格情報はサポートが終了しました</translation>
    </message>
    <message>
        <source>Adobe stopped JWT (Service Account) credentials on 30 June 2025; new ones cannot be created against Adobe IMS.</source>
        <translation>Adobe は 2025 年 6 月 30 日に JWT (サービスアカウント) 資格情報を終了しました。Adobe IMS に対して新しい資格情報は作成できません。</translation>
    </message>
    <message>
        <source>Create an OAuth Server-to-Server configuration instead. To practise the legacy flow, use the training sandbox.</source>
        <translation>代わりに OAuth Server-to-Server 構成を作成してください。従来の流れを練習するには、トレーニング用サンドボックスを使用してください。</translation>
    </message>
    <message>
        <source>Unreadable input</source>
        <translation>入力を読み取れません</translation>
    </message>
    <message>
        <source>The input could not be read.</source>
        <translation>入力を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Check that it is the file or text the Developer Console gave you.</source>
        <translation>Developer Console から取得したファイルまたはテキストであることを確認してください。</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <source>IMS error: %1</source>
        <translation>IMS エラー: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>説明: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>クラウドソリューション</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>認証サーバー</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <source>Technical account ID</source>
        <translation>テクニカルアカウント ID</translation>
    </message>
    <message>
        <source>Technical account email</source>
        <translation>テクニカルアカウントのメール</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Metascopes</source>
        <translation>メタスコープ</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>%1 must use https:// (plain http:// is allowed only for this computer).</source>
        <translation>%1 には https:// を使用してください (http:// が許可されるのはこのコンピューターの場合のみです)。</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>%1 must be the server only, without &quot;%2&quot;.</source>
        <translation>%1 にはサーバーのみを指定し、「%2」は含めないでください。</translation>
    </message>
    <message>
        <source>%1 must end with @AdobeOrg.</source>
        <translation>%1 は @AdobeOrg で終わる必要があります。</translation>
    </message>
    <message>
        <source>%1 must end with @techacct.adobe.com.</source>
        <translation>%1 は @techacct.adobe.com で終わる必要があります。</translation>
    </message>
    <message>
        <source>%1 may contain only letters, digits, dots, dashes and underscores (3 to 128).</source>
        <translation>%1 に使用できるのは英字、数字、ピリオド、ハイフン、アンダースコアのみです (3～128 文字)。</translation>
    </message>
    <message>
        <source>%1 must not contain spaces.</source>
        <translation>%1 にスペースを含めることはできません。</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; contains characters scopes never have.</source>
        <translation>スコープ「%1」には、スコープに使われることのない文字が含まれています。</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is listed twice.</source>
        <translation>スコープ「%1」が重複しています。</translation>
    </message>
    <message>
        <source>Choose a cloud solution from the list.</source>
        <translation>一覧からクラウドソリューションを選択してください。</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation>有効な JSON ではありません (%1)。</translation>
    </message>
    <message>
        <source>This JSON is not a Developer Console project or credential download.</source>
        <translation>この JSON は Developer Console のプロジェクトや資格情報のダウンロードではありません。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; has the wrong type.</source>
        <translation>「%1」の値の型が正しくありません。</translation>
    </message>
    <message>
        <source>The file contains no OAuth Server-to-Server credential.</source>
        <translation>ファイルに OAuth Server-to-Server 資格情報が含まれていません。</translation>
    </message>
    <message>
        <source>The file contains a JWT (Service Account) credential, which reached end of life. Add an OAuth Server-to-Server credential in the Developer Console and download again.</source>
        <translation>ファイルには、サポートが終了した JWT (サービスアカウント) 資格情報が含まれています。Developer Console で OAuth Server-to-Server 資格情報を追加し、もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>JWT credentials reached end of life on 30 June 2025: new ones work only in the training sandbox. Choose OAuth Server-to-Server.</source>
        <translation>JWT 資格情報は 2025 年 6 月 30 日にサポートが終了しました。新しい資格情報はトレーニング用サンドボックスでのみ機能します。OAuth Server-to-Server を選択してください。</translation>
    </message>
    <message>
        <source>%1 has expired. Create a new certificate.</source>
        <translation>%1 の有効期限が切れています。新しい証明書を作成してください。</translation>
    </message>
    <message>
        <source>Enter the client secret again: Properties → &quot;Enter the client secret again…&quot;, or ims-wizard set-secret NAME --secret-stdin. The configuration is kept, marked &quot;secret missing&quot;.</source>
        <translation>クライアントシークレットをもう一度入力してください: プロパティ →「クライアントシークレットを再入力…」、または ims-wizard set-secret NAME --secret-stdin。構成は保持され、「シークレットなし」と表示されます。</translation>
    </message>
    <message>
        <source>The keychain is locked, so the secret can be neither read nor stored. Nothing was saved without it.</source>
        <translation>キーチェーンがロックされているため、シークレットの読み取りも保存もできません。シークレットなしでは何も保存していません。</translation>
    </message>
    <message>
        <source>Unlock the keychain (for example the &quot;Login&quot; keyring in Passwords and Keys), then try again.</source>
        <translation>キーチェーン (例: 「パスワードと鍵」の「ログイン」キーリング) のロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain refused access, so the secret can be neither read nor stored. Nothing was saved without it.</source>
        <translation>キーチェーンがアクセスを拒否したため、シークレットの読み取りも保存もできません。シークレットなしでは何も保存していません。</translation>
    </message>
    <message>
        <source>Allow IMS Wizard to use the keychain (answer the keychain&apos;s prompt, or check its access settings), then try again.</source>
        <translation>IMS Wizard にキーチェーンの使用を許可してから (キーチェーンの確認に応答するか、アクセス設定を確認してください)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Certificate for another server</source>
        <translation>別のサーバー用の証明書</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was made for a different host name than the authorization server URL, so the connection was not made and no secret was sent.</source>
        <translation>サーバーの TLS 証明書は認証サーバーの URL とは異なるホスト名用に作成されているため、接続は確立されず、シークレットも送信されていません。</translation>
    </message>
    <message>
        <source>Check the authorization server URL for typos (for example ims-na1.adobelogin.com), and whether a proxy or DNS entry sends the request to another server.</source>
        <translation>認証サーバーの URL に入力ミスがないか (例: ims-na1.adobelogin.com)、またプロキシや DNS エントリがリクエストを別のサーバーに送っていないか確認してください。</translation>
    </message>
    <message>
        <source>Server certificate expired</source>
        <translation>サーバー証明書の有効期限切れ</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is outside its validity period, so the connection was not made and no secret was sent.</source>
        <translation>サーバーの TLS 証明書が有効期間外のため、接続は確立されず、シークレットも送信されていません。</translation>
    </message>
    <message>
        <source>First check this computer&apos;s date and time. If they are right, the server (or a proxy in between) presents an expired certificate: tell its operator.</source>
        <translation>まず、このコンピューターの日付と時刻を確認してください。正しい場合は、サーバー (または途中のプロキシ) が期限切れの証明書を提示しています。その運用者に連絡してください。</translation>
    </message>
    <message>
        <source>Answer interrupted</source>
        <translation>応答が中断されました</translation>
    </message>
    <message>
        <source>The server started to answer, but the connection broke before the answer was complete. Nothing was saved.</source>
        <translation>サーバーは応答を開始しましたが、応答が完了する前に接続が切断されました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Check again. If it keeps happening, an unstable network, a VPN or a proxy is cutting the connection.</source>
        <translation>もう一度チェックしてください。繰り返し発生する場合は、不安定なネットワーク、VPN、またはプロキシが接続を切断しています。</translation>
    </message>
    <message>
        <source>Answer too slow</source>
        <translation>応答が遅すぎます</translation>
    </message>
    <message>
        <source>The server started to answer but sent it so slowly that it did not complete in time. Nothing was saved.</source>
        <translation>サーバーは応答を開始しましたが、送信が遅すぎて時間内に完了しませんでした。何も保存されていません。</translation>
    </message>
    <message>
        <source>Check again later. A congested network, a throttling proxy or an overloaded server can cause this.</source>
        <translation>しばらくしてからもう一度チェックしてください。混雑したネットワーク、帯域を制限するプロキシ、または過負荷のサーバーが原因の可能性があります。</translation>
    </message>
    <message>
        <source>Malformed token request</source>
        <translation>トークンリクエストの形式が正しくありません</translation>
    </message>
    <message>
        <source>Adobe IMS could not read the token request (invalid_request): a parameter is missing or malformed.</source>
        <translation>Adobe IMS はトークンリクエストを読み取れませんでした (invalid_request): パラメーターが不足しているか、形式が正しくありません。</translation>
    </message>
    <message>
        <source>Check that the authorization server is the IMS base URL only, and that no proxy rewrites the request body.</source>
        <translation>認証サーバーが IMS のベース URL のみであること、およびプロキシがリクエスト本文を書き換えていないことを確認してください。</translation>
    </message>
    <message>
        <source>Grant type not supported</source>
        <translation>サポートされていないグラントタイプ</translation>
    </message>
    <message>
        <source>Adobe IMS does not accept this grant type for the credential (unsupported_grant_type).</source>
        <translation>Adobe IMS は、この資格情報に対してこのグラントタイプを受け付けません (unsupported_grant_type)。</translation>
    </message>
    <message>
        <source>Use an OAuth Server-to-Server credential (client_credentials) from the Developer Console, not a user-login (OAuth Web App or Single-Page App) credential.</source>
        <translation>ユーザーログイン用 (OAuth Web App または Single-Page App) の資格情報ではなく、Developer Console の OAuth Server-to-Server 資格情報 (client_credentials) を使用してください。</translation>
    </message>
    <message>
        <source>Clock out of step</source>
        <translation>時計のずれ</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) behind the server&apos;s (from the server&apos;s Date header).</source>
        <translation>
            <numerusform>このコンピューターの時計はサーバーより %n 秒遅れています (サーバーの Date ヘッダーによる)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n second(s) ahead of the server&apos;s (from the server&apos;s Date header).</source>
        <translation>
            <numerusform>このコンピューターの時計はサーバーより %n 秒進んでいます (サーバーの Date ヘッダーによる)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on automatic time (NTP) for this computer. OAuth tokens still work, but their expiry times look shifted, and JWT credentials are rejected beyond about 30 seconds.</source>
        <translation>このコンピューターで時刻の自動設定 (NTP) を有効にしてください。OAuth トークンは引き続き機能しますが、有効期限の時刻がずれて見えます。また、約 30 秒を超えてずれると JWT 資格情報は拒否されます。</translation>
    </message>
    <message>
        <source>Proxy sign-in failed</source>
        <translation>プロキシへのサインインに失敗しました</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password, and none were set or it rejected them. The same password is not sent again, so the proxy account is not locked.</source>
        <translation>プロキシがユーザー名とパスワードを要求しましたが、設定されていないか拒否されました。プロキシのアカウントがロックされないよう、同じパスワードは再送信しません。</translation>
    </message>
    <message>
        <source>Open Network settings and enter the proxy user name and password again (ask your network administrator which account to use).</source>
        <translation>ネットワーク設定を開き、プロキシのユーザー名とパスワードをもう一度入力してください (使用するアカウントはネットワーク管理者に確認してください)。</translation>
    </message>
    <message>
        <source>Proxy not reachable</source>
        <translation>プロキシに接続できません</translation>
    </message>
    <message>
        <source>The proxy could not be reached, or it refused the connection.</source>
        <translation>プロキシに到達できないか、プロキシが接続を拒否しました。</translation>
    </message>
    <message>
        <source>Check the proxy host and port in Network settings, or choose &quot;System proxy&quot; or &quot;No proxy&quot; there.</source>
        <translation>ネットワーク設定でプロキシのホストとポートを確認するか、「システムのプロキシ」または「プロキシなし」を選択してください。</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>The server presented a certificate chain that this computer does not trust, so no secret was sent. A corporate proxy that inspects TLS is the usual cause: the certificates below show who signed it.</source>
        <translation>サーバーが提示した証明書チェーンを、このコンピューターは信頼していないため、シークレットは送信されていません。通常は TLS を検査する社内プロキシが原因です: 下の証明書で署名者を確認できます。</translation>
    </message>
    <message>
        <source>If the issuer is your company&apos;s proxy, ask for its CA certificate and add it in Network settings (it is trusted for IMS connections only). Otherwise do not continue: someone may be intercepting the connection. Verification is never turned off.</source>
        <translation>発行者が自社のプロキシであれば、その CA 証明書を入手してネットワーク設定で追加してください (IMS への接続でのみ信頼されます)。そうでない場合は続行しないでください: 誰かが接続を傍受している可能性があります。検証が無効になることはありません。</translation>
    </message>
    <message>
        <source>Certificates presented (first is the server&apos;s):</source>
        <translation>提示された証明書 (最初のものがサーバーの証明書):</translation>
    </message>
    <message>
        <source>%1. Subject: %2</source>
        <translation>%1. サブジェクト: %2</translation>
    </message>
    <message>
        <source>   Issuer: %1</source>
        <translation>   発行者: %1</translation>
    </message>
    <message>
        <source>   SHA-256: %1</source>
        <translation>   SHA-256: %1</translation>
    </message>
    <message>
        <source>   Valid: %1 to %2</source>
        <translation>   有効期間: %1 ～ %2</translation>
    </message>
    <message>
        <source>Target refused: product role</source>
        <translation>Target が拒否: 製品ロール</translation>
    </message>
    <message>
        <source>Adobe Target accepted the token but refused the request: the credential&apos;s technical account has the Target product role Observer (or none), which may only read.</source>
        <translation>Adobe Target はトークンを受け付けましたが、リクエストを拒否しました: 資格情報のテクニカルアカウントの Target 製品ロールが Observer (またはなし) で、読み取りしかできません。</translation>
    </message>
    <message>
        <source>In the Admin Console, open Adobe Target, the product profile of this credential, and give the technical account (API credentials) the role Editor. Then connect again.</source>
        <translation>Admin Console で Adobe Target とこの資格情報の製品プロファイルを開き、テクニカルアカウント (API credentials) に Editor ロールを付与してください。その後、もう一度接続してください。</translation>
    </message>
    <message>
        <source>Unknown Target tenant</source>
        <translation>不明な Target テナント</translation>
    </message>
    <message>
        <source>Adobe Target does not know this Tenant ID.</source>
        <translation>Adobe Target はこの Tenant ID を認識していません。</translation>
    </message>
    <message>
        <source>Copy the tenant from the Experience Cloud address (the part after @ in experience.adobe.com/#/@tenant/target) into Tenant ID.</source>
        <translation>Experience Cloud のアドレス (experience.adobe.com/#/@tenant/target の @ の後の部分) からテナントをコピーして Tenant ID に入力してください。</translation>
    </message>
    <message>
        <source>A Brand Portal configuration exists</source>
        <translation>Brand Portal 構成が既に存在します</translation>
    </message>
    <message>
        <source>AEM allows exactly one Brand Portal IMS configuration.</source>
        <translation>AEM で作成できる Brand Portal の IMS 構成は 1 つだけです。</translation>
    </message>
    <message>
        <source>Replace the existing configuration, or cancel and edit it instead.</source>
        <translation>既存の構成を置き換えるか、キャンセルして既存の構成を編集してください。</translation>
    </message>
    <message>
        <source>AEM version</source>
        <translation>AEM のバージョン</translation>
    </message>
    <message>
        <source>Cloud service setting</source>
        <translation>クラウドサービスの設定</translation>
    </message>
    <message>
        <source>AEM 6.3 or earlier</source>
        <translation>AEM 6.3 以前</translation>
    </message>
    <message>
        <source>AEM 6.4, or 6.5 before SP20</source>
        <translation>AEM 6.4、または SP20 より前の 6.5</translation>
    </message>
    <message>
        <source>AEM 6.5 SP20 or later (or with the hotfix)</source>
        <translation>AEM 6.5 SP20 以降 (またはホットフィックス適用済み)</translation>
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
        <translation>既存の Brand Portal 構成の置き換えへの同意</translation>
    </message>
    <message>
        <source>AEM 6.3 and earlier have no IMS configuration for this solution; only Adobe I/O Events has a legacy Cloud Services configuration there. Choose a newer AEM version or Adobe I/O Events.</source>
        <translation>AEM 6.3 以前には、このソリューションの IMS 構成はありません。従来の Cloud Services 構成があるのは Adobe I/O Events のみです。新しい AEM バージョンか Adobe I/O Events を選択してください。</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server needs AEM 6.5 Service Pack 20 or later, or SP11–SP19 with the %1.</source>
        <translation>OAuth Server-to-Server には AEM 6.5 Service Pack 20 以降、または %1 を適用した SP11～SP19 が必要です。</translation>
    </message>
    <message>
        <source>Choose one of the values offered for %1.</source>
        <translation>%1 には提示された値のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>%1 may contain only lower-case letters, digits, dashes and underscores.</source>
        <translation>%1 に使用できるのは英小文字、数字、ハイフン、アンダースコアのみです。</translation>
    </message>
    <message>
        <source>%1 must look like https://&lt;tenant&gt;.brand-portal.adobe.com.</source>
        <translation>%1 は https://&lt;tenant&gt;.brand-portal.adobe.com の形式にしてください。</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>migrate takes one NAME.</source>
        <translation>migrate には NAME を 1 つだけ指定します。</translation>
    </message>
    <message>
        <source>%1 uses OAuth Server-to-Server already.</source>
        <translation>%1 は既に OAuth Server-to-Server を使用しています。</translation>
    </message>
    <message>
        <source>%1 is the rollback copy of a migration; migrate the live configuration.</source>
        <translation>%1 は移行時のロールバック用コピーです。有効な構成を移行してください。</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth のクライアントシークレット</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Developer Console credential download.</source>
        <translation>%1 は Developer Console の資格情報のダウンロードではありません。</translation>
    </message>
    <message>
        <source>%1 does not belong to this configuration.</source>
        <translation>%1 はこの構成のものではありません。</translation>
    </message>
    <message>
        <source>The OAuth credential&apos;s client secret is needed: give it with --secret-stdin or --secret-env VAR (or in the --credential download).</source>
        <translation>OAuth 資格情報のクライアントシークレットが必要です: --secret-stdin または --secret-env VAR で指定してください (または --credential のダウンロードに含めてください)。</translation>
    </message>
    <message>
        <source>Not everything the OAuth configuration needs was given: --scopes LIST or --credential FILE (the OAuth credential&apos;s Developer Console download).</source>
        <translation>OAuth 構成に必要なものがすべて指定されていません: --scopes LIST または --credential FILE (Developer Console からダウンロードした OAuth 資格情報)。</translation>
    </message>
    <message>
        <source>The migration cannot go ahead; nothing was changed.</source>
        <translation>移行を実行できません。何も変更していません。</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>Checking the OAuth credential of %1…</source>
        <translation>%1 の OAuth 資格情報をチェックしています…</translation>
    </message>
    <message>
        <source>The OAuth credential does not work yet; nothing was changed.</source>
        <translation>OAuth 資格情報はまだ機能しません。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 changed meanwhile or was migrated already; nothing was changed.</source>
        <translation>%1 はその間に変更されたか、既に移行されています。何も変更していません。</translation>
    </message>
    <message>
        <source>Migrated %1 to OAuth Server-to-Server; the token check passed.</source>
        <translation>%1 を OAuth Server-to-Server に移行しました。トークンのチェックに合格しました。</translation>
    </message>
    <message>
        <source>The JWT configuration is kept as the rollback copy %1.</source>
        <translation>JWT 構成はロールバック用コピー %1 として保持されます。</translation>
    </message>
    <message>
        <source>Next: update AEM&apos;s IMS configuration (for example with `ims-wizard export %1 --format osgi`).</source>
        <translation>次の作業: AEM の IMS 構成を更新してください (例: `ims-wizard export %1 --format osgi`)。</translation>
    </message>
    <message>
        <source>Migrate a JWT configuration to OAuth Server-to-Server.</source>
        <translation>JWT 構成を OAuth Server-to-Server に移行します。</translation>
    </message>
    <message>
        <source>Turns a JWT configuration into OAuth Server-to-Server after the OAuth credential was added to the project in the Adobe Developer Console. Client ID, organization, technical account, solution and title carry over; the OAuth client secret comes from stdin or an environment variable, the scopes from --scopes or the credential&apos;s download (--credential). A real token request proves the new credential before anything changes; then the secret goes to the keychain and the configuration is switched, keeping the JWT configuration as a rollback copy. On any failure nothing changes.</source>
        <translation>Adobe Developer Console でプロジェクトに OAuth 資格情報を追加した後、JWT 構成を OAuth Server-to-Server に変換します。Client ID、組織、テクニカルアカウント、ソリューション、タイトルは引き継がれます。OAuth のクライアントシークレットは stdin または環境変数から、スコープは --scopes または資格情報のダウンロード (--credential) から取得します。何かを変更する前に、実際のトークンリクエストで新しい資格情報を確認します。その後、シークレットをキーチェーンに保存して構成を切り替え、JWT 構成はロールバック用コピーとして保持します。失敗した場合は何も変更されません。</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from stdin.</source>
        <translation>OAuth のクライアントシークレットを stdin から読み取ります。</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from the environment variable &lt;var&gt;.</source>
        <translation>OAuth のクライアントシークレットを環境変数 &lt;var&gt; から読み取ります。</translation>
    </message>
    <message>
        <source>The OAuth credential&apos;s scopes, comma-separated.</source>
        <translation>OAuth 資格情報のスコープ (カンマ区切り)。</translation>
    </message>
    <message>
        <source>The OAuth credential&apos;s Developer Console download (JSON): scopes, and the secret unless given otherwise.</source>
        <translation>Developer Console からダウンロードした OAuth 資格情報 (JSON): スコープと、別途指定しない場合はシークレット。</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Token retrieved successfully</source>
        <translation>トークンを取得しました</translation>
    </message>
    <message>
        <source>Migrate to OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server に移行</translation>
    </message>
    <message>
        <source>In the Developer Console, add an OAuth Server-to-Server credential to the same project. It keeps the client ID, technical account, APIs and product profiles; only the secret and the scopes are new.</source>
        <translation>Developer Console で、同じプロジェクトに OAuth Server-to-Server 資格情報を追加してください。Client ID、テクニカルアカウント、API、製品プロファイルはそのまま引き継がれ、新しくなるのはシークレットとスコープだけです。</translation>
    </message>
    <message>
        <source>Carries over: %1</source>
        <translation>引き継がれる項目: %1</translation>
    </message>
    <message>
        <source>From the Developer Console: %1. Metascopes do not map to scopes one to one: take the scopes the console lists.</source>
        <translation>Developer Console から: %1。メタスコープはスコープと 1 対 1 で対応しないため、コンソールに表示されるスコープを使用してください。</translation>
    </message>
    <message>
        <source>The JWT configuration and its private key are kept as a rollback copy until you delete it.</source>
        <translation>JWT 構成とその秘密鍵は、削除するまでロールバック用コピーとして保持されます。</translation>
    </message>
    <message>
        <source>OAuth credential</source>
        <translation>OAuth 資格情報</translation>
    </message>
    <message>
        <source>Paste the credential&apos;s &quot;Download JSON&quot;, or copy the client secret and the scopes from the Developer Console.</source>
        <translation>資格情報の「Download JSON」を貼り付けるか、Developer Console からクライアントシークレットとスコープをコピーしてください。</translation>
    </message>
    <message>
        <source>Add the OAuth credential in the &amp;sandbox</source>
        <translation>サンドボックスで OAuth 資格情報を追加(&amp;S)</translation>
    </message>
    <message>
        <source>Stands in for the Developer Console: converts the sandbox credential and fills its OAuth secret and scopes</source>
        <translation>Developer Console の代わりです: サンドボックスの資格情報を変換し、OAuth のシークレットとスコープを入力します</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth のクライアントシークレット</translation>
    </message>
    <message>
        <source>OAuth client s&amp;ecret:</source>
        <translation>OAuth のクライアントシークレット(&amp;E):</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>スコープ(&amp;P):</translation>
    </message>
    <message>
        <source>This credential is not one of the sandbox&apos;s.</source>
        <translation>この資格情報はサンドボックスのものではありません。</translation>
    </message>
    <message>
        <source>The sandbox credential now has an OAuth credential; its JWT exchange answers as a converted one does.</source>
        <translation>サンドボックスの資格情報に OAuth 資格情報が追加されました。JWT の交換は変換済みの資格情報と同じように応答します。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>The new OAuth credential must return a token. The old JWT credential is checked beside it, for comparison.</source>
        <translation>新しい OAuth 資格情報でトークンが返される必要があります。比較のため、古い JWT 資格情報も並べてチェックします。</translation>
    </message>
    <message>
        <source>New: OAuth Server-to-Server</source>
        <translation>新: OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Old: JWT</source>
        <translation>旧: JWT</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再チェック(&amp;A)</translation>
    </message>
    <message>
        <source>Expected once the credential is converted.</source>
        <translation>資格情報の変換後は、この結果が想定どおりです。</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>トークンを要求しています…</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未チェック: %1</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>切り替え</translation>
    </message>
    <message>
        <source>Replace the JWT configuration with the OAuth one. The JWT configuration is kept as a rollback copy; &quot;Roll back migration&quot; in the console undoes the switch until you delete the copy.</source>
        <translation>JWT 構成を OAuth 構成に置き換えます。JWT 構成はロールバック用コピーとして保持され、コピーを削除するまではコンソールの「移行をロールバック」で切り替えを元に戻せます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will use OAuth Server-to-Server with the scopes %2.</source>
        <translation>「%1」は OAuth Server-to-Server をスコープ %2 で使用します。</translation>
    </message>
    <message>
        <source>Migrate &quot;%1&quot; to OAuth</source>
        <translation>「%1」を OAuth に移行</translation>
    </message>
    <message>
        <source>S&amp;witch to OAuth</source>
        <translation>OAuth に切り替え(&amp;W)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>読み込まれませんでした: %1</translation>
    </message>
    <message>
        <source>not a Developer Console download.</source>
        <translation>Developer Console のダウンロードではありません。</translation>
    </message>
    <message>
        <source>Not imported: this is a JWT credential. Download the OAuth Server-to-Server credential.</source>
        <translation>読み込まれませんでした: これは JWT 資格情報です。OAuth Server-to-Server 資格情報をダウンロードしてください。</translation>
    </message>
    <message>
        <source>Took the secret and scopes from the OAuth credential.</source>
        <translation>OAuth 資格情報からシークレットとスコープを取得しました。</translation>
    </message>
    <message>
        <source>Not switched; nothing was changed. %1: %2 %3</source>
        <translation>切り替えていません。何も変更していません。%1: %2 %3</translation>
    </message>
    <message>
        <source>Paste &amp;JSON</source>
        <translation>JSON を貼り付け(&amp;J)</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network settings</source>
        <translation>ネットワーク設定</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>システムのプロキシ設定を使用(&amp;S)</translation>
    </message>
    <message>
        <source>Use &amp;this proxy:</source>
        <translation>次のプロキシを使用(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;No proxy (connect directly)</source>
        <translation>プロキシなし (直接接続)(&amp;N)</translation>
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
        <translation>プロキシが要求する場合のみ</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>変更なし (キーチェーンに保存済み)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Corporate TLS inspection</source>
        <translation>社内の TLS 検査</translation>
    </message>
    <message>
        <source>If your company&apos;s proxy inspects TLS, add its CA certificate here. It is trusted for connections to Adobe IMS only, never for anything else, and certificate verification is never turned off.</source>
        <translation>自社のプロキシが TLS を検査している場合は、その CA 証明書をここに追加してください。この証明書は Adobe IMS への接続でのみ信頼され、それ以外には使われません。証明書の検証が無効になることはありません。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;CA certificate (PEM):</source>
        <translation>CA 証明書 (PEM)(&amp;C):</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 証明書ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>CA certificate of the proxy</source>
        <translation>プロキシの CA 証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Enter the proxy port (1 to 65535).</source>
        <translation>プロキシのポートを入力してください (1～65535)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: enter a number from 1 to 65535.</source>
        <translation>「%1」はポートではありません: 1～65535 の数値を入力してください。</translation>
    </message>
    <message>
        <source>Enter the password for the proxy user %1.</source>
        <translation>プロキシユーザー %1 のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Enter the proxy user the password belongs to.</source>
        <translation>パスワードに対応するプロキシユーザーを入力してください。</translation>
    </message>
    <message>
        <source>The proxy password could not be saved: %1 %2</source>
        <translation>プロキシのパスワードを保存できませんでした: %1 %2</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Enter the proxy host.</source>
        <translation>プロキシのホストを入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address. Enter it without http:// and without a port, for example proxy.example.com.</source>
        <translation>「%1」はホスト名でもアドレスでもありません。http:// とポートを付けずに入力してください。例: proxy.example.com。</translation>
    </message>
    <message>
        <source>Enter the proxy port (1 to 65535).</source>
        <translation>プロキシのポートを入力してください (1～65535)。</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation>CA 証明書ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (expected PEM or DER).</source>
        <translation>%1 に証明書が含まれていません (想定: PEM または DER)。</translation>
    </message>
    <message>
        <source>The proxy password for %1 is not in the keychain.</source>
        <translation>%1 のプロキシパスワードがキーチェーンにありません。</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Properties — %1</source>
        <translation>プロパティ — %1</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated): read-only, as in AEM. Adobe ended JWT credentials on 30 June 2025; migrate this configuration to OAuth Server-to-Server.</source>
        <translation>JWT 資格情報 (非推奨): AEM と同様に読み取り専用です。Adobe は 2025 年 6 月 30 日に JWT 資格情報を終了しました。この構成を OAuth Server-to-Server に移行してください。</translation>
    </message>
    <message>
        <source>&amp;Migrate to OAuth…</source>
        <translation>OAuth に移行(&amp;M)…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>Cloud solution:</source>
        <translation>クラウドソリューション:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>認証:</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT 資格情報 (非推奨)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>認証サーバー:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>クライアントシークレット:</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>キーチェーンに保存済み</translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation>組織 ID:</translation>
    </message>
    <message>
        <source>Technical account ID:</source>
        <translation>テクニカルアカウント ID:</translation>
    </message>
    <message>
        <source>Technical account email:</source>
        <translation>テクニカルアカウントのメール:</translation>
    </message>
    <message>
        <source>Metascopes:</source>
        <translation>メタスコープ:</translation>
    </message>
    <message>
        <source>Certificate alias:</source>
        <translation>証明書のエイリアス:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1 フィンガープリント:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>スコープ:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>スコープ(&amp;P):</translation>
    </message>
    <message>
        <source>Enter the client secret &amp;again…</source>
        <translation>クライアントシークレットを再入力(&amp;A)…</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>新しいクライアントシークレット</translation>
    </message>
    <message>
        <source>Save in &amp;keychain</source>
        <translation>キーチェーンに保存(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;New client secret:</source>
        <translation>新しいクライアントシークレット(&amp;N):</translation>
    </message>
    <message>
        <source>missing from the keychain — enter it again</source>
        <translation>キーチェーンにありません — もう一度入力してください</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>AEM version:</source>
        <translation>AEM のバージョン:</translation>
    </message>
    <message>
        <source>Cloud Services (legacy):</source>
        <translation>Cloud Services (従来):</translation>
    </message>
    <message>
        <source>Cloud service:</source>
        <translation>クラウドサービス:</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Runs the IMS Wizard training sandbox: a local HTTPS IMS with a sample organisation, for demonstrations and tests.</source>
        <translation>IMS Wizard のトレーニング用サンドボックスを実行します。サンプル組織を持つローカルの HTTPS IMS で、デモやテストに使用します。</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:&lt;port&gt; (0: any free port).</source>
        <translation>127.0.0.1:&lt;port&gt; で待ち受けます (0: 空いている任意のポート)。</translation>
    </message>
    <message>
        <source>Keep the CA, certificate and signing key in &lt;dir&gt;.</source>
        <translation>CA、証明書、署名鍵を &lt;dir&gt; に保存します。</translation>
    </message>
    <message>
        <source>Print every sample credential (with its training secret) as JSON and exit.</source>
        <translation>すべてのサンプル資格情報を (トレーニング用シークレットとともに) JSON として出力し、終了します。</translation>
    </message>
    <message>
        <source>After starting, issue an AEM as a Cloud Service service credential (JWT exchange) and print it as JSON before the banner. Its private key is a training key made on the spot: it is bound only to this running sandbox and is worthless anywhere else.</source>
        <translation>起動後、AEM as a Cloud Service のサービス資格情報 (JWT 交換) を発行し、バナーの前に JSON として出力します。その秘密鍵はその場で作成したトレーニング用の鍵で、実行中のこのサンドボックスでのみ有効であり、他の場所では役に立ちません。</translation>
    </message>
    <message>
        <source>Not a port number: %1</source>
        <translation>ポート番号ではありません: %1</translation>
    </message>
    <message>
        <source>Warning: SIGINT/SIGTERM will not stop the sandbox cleanly.</source>
        <translation>警告: SIGINT/SIGTERM ではサンドボックスを正常に停止できません。</translation>
    </message>
    <message>
        <source>Could not issue a service credential: %1</source>
        <translation>サービス資格情報を発行できませんでした: %1</translation>
    </message>
    <message>
        <source>The service credential above carries a training key: it works only against this sandbox, and only while it runs.</source>
        <translation>上記のサービス資格情報にはトレーニング用の鍵が含まれています。このサンドボックスに対してのみ、かつ実行中のみ機能します。</translation>
    </message>
    <message>
        <source>Client secrets and scopes: ims-sandbox --print-credentials</source>
        <translation>クライアントシークレットとスコープ: ims-sandbox --print-credentials</translation>
    </message>
    <message>
        <source>List the fault modes and exit.</source>
        <translation>障害モードを一覧表示して終了します。</translation>
    </message>
    <message>
        <source>Simulating the fault mode: %1</source>
        <translation>障害モードをシミュレートしています: %1</translation>
    </message>
    <message>
        <source>Answer 429 after &lt;n&gt; token requests per client and minute (default 30).</source>
        <translation>クライアントごとに 1 分あたり &lt;n&gt; 件のトークン要求を超えたら 429 を返します (既定値 30)。</translation>
    </message>
    <message>
        <source>Not a positive number: %1</source>
        <translation>正の数ではありません: %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>sandbox takes no arguments.</source>
        <translation>sandbox に引数は指定できません。</translation>
    </message>
    <message>
        <source>Not a port number: %1</source>
        <translation>ポート番号ではありません: %1</translation>
    </message>
    <message>
        <source>The training sandbox could not start: %1</source>
        <translation>トレーニング用サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Warning: SIGINT/SIGTERM will not stop the sandbox cleanly.</source>
        <translation>警告: SIGINT/SIGTERM ではサンドボックスを正常に停止できません。</translation>
    </message>
    <message>
        <source>Client secrets and scopes (training values): ims-wizard sandbox --print-credentials</source>
        <translation>クライアントシークレットとスコープ (トレーニング用の値): ims-wizard sandbox --print-credentials</translation>
    </message>
    <message>
        <source>Run the training sandbox in the foreground.</source>
        <translation>トレーニング用サンドボックスをフォアグラウンドで実行します。</translation>
    </message>
    <message>
        <source>Runs the training sandbox (a local HTTPS IMS with a sample organisation) until Ctrl+C, and prints its URL, its CA certificate and the sample client ids. Other commands use it with --sandbox-url URL --sandbox-ca FILE.</source>
        <translation>トレーニング用サンドボックス (サンプル組織を持つローカルの HTTPS IMS) を Ctrl+C まで実行し、その URL、CA 証明書、サンプルの Client ID を表示します。他のコマンドからは --sandbox-url URL --sandbox-ca FILE で使用します。</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:&lt;port&gt; (0: any free port).</source>
        <translation>127.0.0.1:&lt;port&gt; で待ち受けます (0: 空いている任意のポート)。</translation>
    </message>
    <message>
        <source>Keep the CA, certificate and signing key in &lt;dir&gt;.</source>
        <translation>CA、証明書、署名鍵を &lt;dir&gt; に保存します。</translation>
    </message>
    <message>
        <source>Print every sample credential, with its training client secret, as Developer Console JSON and exit.</source>
        <translation>すべてのサンプル資格情報をトレーニング用クライアントシークレットとともに Developer Console の JSON として出力し、終了します。</translation>
    </message>
    <message>
        <source>List the fault modes and exit.</source>
        <translation>障害モードを一覧表示して終了します。</translation>
    </message>
</context>
<context>
    <name>SandboxConsole</name>
    <message>
        <source>Training sandbox listening on %1</source>
        <translation>トレーニング用サンドボックスが %1 で待ち受けています</translation>
    </message>
    <message>
        <source>CA certificate: %1</source>
        <translation>CA 証明書: %1</translation>
    </message>
    <message>
        <source>Sample clients of organisation %1:</source>
        <translation>組織 %1 のサンプルクライアント:</translation>
    </message>
    <message>
        <source>solution</source>
        <translation>ソリューション</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Stop with Ctrl+C.</source>
        <translation>Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>Simulate a problem on every token request (trainers; list them with --list-faults). One request can also ask for one with the client id sandbox-fault-&lt;name&gt;.</source>
        <translation>すべてのトークンリクエストで問題をシミュレートします (トレーナー向け。一覧は --list-faults)。Client ID を sandbox-fault-&lt;name&gt; にすると、1 回のリクエストだけで問題を発生させることもできます。</translation>
    </message>
    <message>
        <source>(whole sandbox only, not by client id)</source>
        <translation>(サンドボックス全体のみ。Client ID では指定できません)</translation>
    </message>
    <message>
        <source>Unknown fault mode: %1. See --list-faults.</source>
        <translation>不明な障害モードです: %1。--list-faults を参照してください。</translation>
    </message>
</context>
<context>
    <name>SandboxFaultSelector</name>
    <message>
        <source>No answer (timeout)</source>
        <translation>応答なし (タイムアウト)</translation>
    </message>
    <message>
        <source>The sandbox reads the request and never answers, like a server behind a dead proxy.</source>
        <translation>サンドボックスはリクエストを読み取りますが応答しません。停止したプロキシの背後にあるサーバーと同じ状態です。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>The sandbox stops listening: like a wrong port or a firewall that rejects the connection.</source>
        <translation>サンドボックスが待ち受けを停止します。ポートの誤りや接続を拒否するファイアウォールと同じ状態です。</translation>
    </message>
    <message>
        <source>Connection reset mid-answer</source>
        <translation>応答途中での接続リセット</translation>
    </message>
    <message>
        <source>The sandbox starts a token answer and resets the connection halfway, like an unstable VPN.</source>
        <translation>サンドボックスはトークンの応答を開始し、途中で接続をリセットします。不安定な VPN と同じ状態です。</translation>
    </message>
    <message>
        <source>Very slow answer</source>
        <translation>非常に遅い応答</translation>
    </message>
    <message>
        <source>The sandbox sends its answer one byte at a time, too slowly to finish in time.</source>
        <translation>サンドボックスは応答を 1 バイトずつ送信し、時間内に完了しません。</translation>
    </message>
    <message>
        <source>Certificate from an untrusted CA</source>
        <translation>信頼されていない CA の証明書</translation>
    </message>
    <message>
        <source>The sandbox presents a certificate from an unknown CA, as a TLS-inspecting corporate proxy does.</source>
        <translation>TLS を検査する社内プロキシと同じように、サンドボックスが不明な CA の証明書を提示します。</translation>
    </message>
    <message>
        <source>Certificate for another host</source>
        <translation>別のホスト用の証明書</translation>
    </message>
    <message>
        <source>The sandbox presents a certificate made for a different host name.</source>
        <translation>サンドボックスが別のホスト名用に作成された証明書を提示します。</translation>
    </message>
    <message>
        <source>Expired server certificate</source>
        <translation>サーバー証明書の期限切れ</translation>
    </message>
    <message>
        <source>The sandbox presents a certificate that expired yesterday.</source>
        <translation>サンドボックスが昨日期限切れになった証明書を提示します。</translation>
    </message>
    <message>
        <source>Unknown client ID (400)</source>
        <translation>不明な Client ID (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_client &quot;invalid client_id parameter&quot;: a mistyped client ID.</source>
        <translation>IMS が 400 invalid_client &quot;invalid client_id parameter&quot; を返します: Client ID の入力ミスです。</translation>
    </message>
    <message>
        <source>Wrong client secret (400)</source>
        <translation>クライアントシークレットの誤り (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_client &quot;invalid client_secret parameter&quot;: a wrong or rotated secret.</source>
        <translation>IMS が 400 invalid_client &quot;invalid client_secret parameter&quot; を返します: シークレットが誤っているか、ローテーション済みです。</translation>
    </message>
    <message>
        <source>Scope not granted (400)</source>
        <translation>スコープが付与されていない (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_scope: a scope the credential does not have.</source>
        <translation>IMS が 400 invalid_scope を返します: 資格情報にないスコープです。</translation>
    </message>
    <message>
        <source>JWT rejected (400)</source>
        <translation>JWT の拒否 (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_token &quot;JWT expired&quot;: a legacy JWT signed with a wrong clock.</source>
        <translation>IMS が 400 invalid_token &quot;JWT expired&quot; を返します: 時計のずれた環境で署名された従来の JWT です。</translation>
    </message>
    <message>
        <source>JWT key not uploaded (400)</source>
        <translation>JWT の鍵が未アップロード (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_token &quot;Could not match JWT signature to any of the bindings&quot;.</source>
        <translation>IMS が 400 invalid_token &quot;Could not match JWT signature to any of the bindings&quot; を返します。</translation>
    </message>
    <message>
        <source>Invalid JWT signature (400)</source>
        <translation>JWT 署名が無効 (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_signature.</source>
        <translation>IMS が 400 invalid_signature を返します。</translation>
    </message>
    <message>
        <source>Bad request (400)</source>
        <translation>不正なリクエスト (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 bad_request: a malformed organization or technical account ID.</source>
        <translation>IMS が 400 bad_request を返します: 組織 ID またはテクニカルアカウント ID の形式が正しくありません。</translation>
    </message>
    <message>
        <source>Malformed request (400)</source>
        <translation>形式が正しくないリクエスト (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 invalid_request: a request body IMS cannot read.</source>
        <translation>IMS が 400 invalid_request を返します: IMS が読み取れないリクエスト本文です。</translation>
    </message>
    <message>
        <source>Wrong credential type (400)</source>
        <translation>資格情報の種類の誤り (400)</translation>
    </message>
    <message>
        <source>IMS answers 400 unsupported_grant_type: a user-login credential used for server-to-server.</source>
        <translation>IMS が 400 unsupported_grant_type を返します: ユーザーログイン用の資格情報がサーバー間通信に使われています。</translation>
    </message>
    <message>
        <source>Client not authorized (401)</source>
        <translation>クライアントが承認されていない (401)</translation>
    </message>
    <message>
        <source>IMS answers 401 invalid_client: the credential lacks the API this configuration needs.</source>
        <translation>IMS が 401 invalid_client を返します: この構成に必要な API が資格情報にありません。</translation>
    </message>
    <message>
        <source>Too many requests (429)</source>
        <translation>リクエストが多すぎる (429)</translation>
    </message>
    <message>
        <source>IMS answers 429 with Retry-After: 120.</source>
        <translation>IMS が Retry-After: 120 付きで 429 を返します。</translation>
    </message>
    <message>
        <source>IMS internal error (500)</source>
        <translation>IMS 内部エラー (500)</translation>
    </message>
    <message>
        <source>IMS answers 500 internal_error &quot;Please try again later&quot;.</source>
        <translation>IMS が 500 internal_error &quot;Please try again later&quot; を返します。</translation>
    </message>
    <message>
        <source>Captive portal page</source>
        <translation>キャプティブポータルのページ</translation>
    </message>
    <message>
        <source>An HTML page answers instead of IMS, like a hotel or guest network&apos;s login page.</source>
        <translation>ホテルやゲストネットワークのログインページのように、IMS の代わりに HTML ページが応答します。</translation>
    </message>
    <message>
        <source>Answer without a token</source>
        <translation>トークンのない応答</translation>
    </message>
    <message>
        <source>A 200 answer in JSON without an access_token: another service answers in IMS&apos;s place.</source>
        <translation>access_token を含まない JSON の 200 応答です: IMS の代わりに別のサービスが応答しています。</translation>
    </message>
    <message>
        <source>50 MB answer</source>
        <translation>50 MB の応答</translation>
    </message>
    <message>
        <source>The server sends 50 MB; the wizard reads at most 1 MB of any answer.</source>
        <translation>サーバーが 50 MB を送信します。ウィザードはどの応答も最大 1 MB しか読み取りません。</translation>
    </message>
    <message>
        <source>Redirect to another host</source>
        <translation>別のホストへのリダイレクト</translation>
    </message>
    <message>
        <source>The server redirects the token request to another host; the wizard never re-sends the secret.</source>
        <translation>サーバーがトークンのリクエストを別のホストにリダイレクトします。ウィザードはシークレットを再送信しません。</translation>
    </message>
    <message>
        <source>Server clock 10 minutes off</source>
        <translation>サーバーの時計が 10 分ずれている</translation>
    </message>
    <message>
        <source>The token is issued, but the server&apos;s clock is 10 minutes ahead: the wizard explains the skew.</source>
        <translation>トークンは発行されますが、サーバーの時計が 10 分進んでいます: ウィザードがずれを説明します。</translation>
    </message>
    <message>
        <source>Simulate a prob&amp;lem:</source>
        <translation>問題をシミュレート(&amp;L):</translation>
    </message>
    <message>
        <source>None: the sandbox works normally</source>
        <translation>なし: サンドボックスは通常どおり動作します</translation>
    </message>
    <message>
        <source>For trainers: the next check meets this problem, so you can show its message.</source>
        <translation>トレーナー向け: 次のチェックでこの問題が発生するので、そのメッセージを見せることができます。</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not create the sandbox certificates: %1</source>
        <translation>サンドボックスの証明書を作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Qt could not load the sandbox&apos;s TLS key or certificate.</source>
        <translation>Qt がサンドボックスの TLS 鍵または証明書を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not create the sandbox folder %1.</source>
        <translation>サンドボックスのフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not restrict access to the sandbox folder %1.</source>
        <translation>サンドボックスのフォルダー %1 へのアクセスを制限できませんでした。</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1.</source>
        <translation>127.0.0.1:%1 で待ち受けできませんでした。</translation>
    </message>
    <message>
        <source>Could not make the certificate for the fault mode: %1</source>
        <translation>障害モード用の証明書を作成できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>SetSecretCommand</name>
    <message>
        <source>set-secret takes one NAME.</source>
        <translation>set-secret には NAME を 1 つだけ指定します。</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Give the client secret with --secret-stdin or --secret-env VAR.</source>
        <translation>クライアントシークレットを --secret-stdin または --secret-env VAR で指定してください。</translation>
    </message>
    <message>
        <source>The client secret of %1 is in the keychain.</source>
        <translation>%1 のクライアントシークレットはキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>Put a configuration&apos;s client secret (back) into the keychain.</source>
        <translation>構成のクライアントシークレットをキーチェーンに (再度) 保存します。</translation>
    </message>
    <message>
        <source>Stores the client secret of the configuration NAME in the keychain, for example after its keychain entry was deleted (the configuration shows &quot;secret missing&quot;) or after the secret was rotated in the Developer Console. The secret is read from stdin or from an environment variable, never from the command line. Nothing is changed when the keychain cannot store it.</source>
        <translation>構成 NAME のクライアントシークレットをキーチェーンに保存します。例えば、キーチェーンのエントリが削除された後 (構成に「シークレットなし」と表示されます) や、Developer Console でシークレットをローテーションした後に使用します。シークレットは stdin または環境変数から読み取り、コマンドラインからは読み取りません。キーチェーンに保存できない場合は何も変更しません。</translation>
    </message>
    <message>
        <source>Read the client secret from stdin.</source>
        <translation>クライアントシークレットを stdin から読み取ります。</translation>
    </message>
    <message>
        <source>Read the client secret from the environment variable &lt;VAR&gt;.</source>
        <translation>クライアントシークレットを環境変数 &lt;VAR&gt; から読み取ります。</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>show takes one NAME.</source>
        <translation>show には NAME を 1 つだけ指定します。</translation>
    </message>
    <message>
        <source>Show one configuration.</source>
        <translation>構成を 1 つ表示します。</translation>
    </message>
    <message>
        <source>Shows every field of one configuration, its certificate (JWT) and health history. NAME is the configuration&apos;s id, its title (not case-sensitive) or a unique id prefix. Secrets are never shown, only where the keychain keeps them.</source>
        <translation>構成のすべてのフィールド、証明書 (JWT)、ヘルスチェック履歴を表示します。NAME には構成の ID、タイトル (大文字と小文字は区別しません)、または一意な ID の先頭部分を指定します。シークレットは表示されず、キーチェーン内の保存場所のみ表示されます。</translation>
    </message>
</context>
<context>
    <name>SolutionPage</name>
    <message>
        <source>Cloud solution</source>
        <translation>クラウドソリューション</translation>
    </message>
    <message>
        <source>Choose the Adobe solution this IMS configuration connects AEM to.</source>
        <translation>この IMS 構成で AEM を接続する Adobe ソリューションを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Cloud solution:</source>
        <translation>クラウドソリューション(&amp;C):</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>&amp;OAuth Server-to-Server (recommended)</source>
        <translation>OAuth Server-to-Server (推奨)(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;JWT Service Account (deprecated, end of life 30 June 2025)</source>
        <translation>JWT サービスアカウント (非推奨、2025 年 6 月 30 日にサポート終了)(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Use OAuth instead</source>
        <translation>代わりに OAuth を使用(&amp;U)</translation>
    </message>
    <message>
        <source>Typical OAuth scopes: %1</source>
        <translation>一般的な OAuth スコープ: %1</translation>
    </message>
    <message>
        <source>JWT metascope: %1</source>
        <translation>JWT メタスコープ: %1</translation>
    </message>
    <message>
        <source>Afterwards in AEM: the %1 cloud service.</source>
        <translation>その後の AEM での作業: %1 クラウドサービス。</translation>
    </message>
    <message>
        <source>Adobe documentation</source>
        <translation>Adobe ドキュメント</translation>
    </message>
    <message>
        <source>%1 (needs AEM 6.4 or later)</source>
        <translation>%1 (AEM 6.4 以降が必要)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Name the configuration and save it. The client secret goes to the system keychain, never to a file.</source>
        <translation>構成に名前を付けて保存してください。クライアントシークレットはシステムのキーチェーンに保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>Cloud solution</source>
        <translation>クラウドソリューション</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>JWT Credentials (deprecated)</source>
        <translation>JWT 資格情報 (非推奨)</translation>
    </message>
    <message>
        <source>OAuth Server-to-Server</source>
        <translation>OAuth Server-to-Server</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>認証サーバー</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>•••••••• (saved in the keychain)</source>
        <translation>•••••••• (キーチェーンに保存済み)</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <source>Technical account ID</source>
        <translation>テクニカルアカウント ID</translation>
    </message>
    <message>
        <source>Technical account email</source>
        <translation>テクニカルアカウントのメール</translation>
    </message>
    <message>
        <source>Metascopes</source>
        <translation>メタスコープ</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>%1 (SHA-1 %2)</source>
        <translation>%1 (SHA-1 %2)</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>キーチェーンに保存済み</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>ヘルスチェック</translation>
    </message>
    <message>
        <source>Token retrieved successfully</source>
        <translation>トークンを取得しました</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>保存していません。%1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>error title: what happened, what to do</comment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>AEM version</source>
        <translation>AEM のバージョン</translation>
    </message>
    <message>
        <source>Cloud Services (legacy)</source>
        <translation>Cloud Services (従来)</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>置き換え対象</translation>
    </message>
    <message>
        <source>the existing Brand Portal configuration</source>
        <translation>既存の Brand Portal 構成</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets up Adobe IMS integrations for AEM. Commands without a display: ims-wizard help.</source>
        <translation>AEM 用の Adobe IMS 統合を設定します。ディスプレイなしで使えるコマンド: ims-wizard help。</translation>
    </message>
    <message>
        <source>Start in the built-in training sandbox.</source>
        <translation>組み込みのトレーニング用サンドボックスで起動します。</translation>
    </message>
    <message>
        <source>Keep configurations in &lt;dir&gt;.</source>
        <translation>構成を &lt;dir&gt; に保存します。</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: en, de, fr or ja.</source>
        <translation>言語 &lt;code&gt; を使用します: en、de、fr、ja。</translation>
    </message>
    <message>
        <source>IMS Wizard</source>
        <translation>IMS Wizard</translation>
    </message>
    <message>
        <source>Another IMS Wizard is already using %1.</source>
        <translation>別の IMS Wizard が既に %1 を使用しています。</translation>
    </message>
    <message>
        <source>Training sandbox</source>
        <translation>トレーニング用サンドボックス</translation>
    </message>
    <message>
        <source>Adobe IMS (ims-na1.adobelogin.com) is not reachable from this computer.</source>
        <translation>このコンピューターから Adobe IMS (ims-na1.adobelogin.com) に接続できません。</translation>
    </message>
    <message>
        <source>With --sandbox: simulate this problem (trainers; see ims-wizard sandbox --list-faults).</source>
        <translation>--sandbox と併用: この問題をシミュレートします (トレーナー向け。ims-wizard sandbox --list-faults を参照)。</translation>
    </message>
    <message>
        <source>Unknown fault mode: %1.</source>
        <translation>不明な障害モードです: %1。</translation>
    </message>
    <message>
        <source>Open a new configuration&apos;s wizard and exit as soon as its first page has been painted (start-up benchmark).</source>
        <translation>新しい構成のウィザードを開き、最初のページが描画されたらすぐに終了します (起動時間のベンチマーク)。</translation>
    </message>
</context>
</TS>
