<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Autosave</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>There is no autosave to restore</source>
        <translation>復元する自動保存データがありません</translation>
    </message>
</context>
<context>
    <name>BodyView</name>
    <message>
        <source>&amp;Pretty</source>
        <translation>整形(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>生データ(&amp;R)</translation>
    </message>
    <message>
        <source>Indented JSON with colours</source>
        <translation>インデントと色付きの JSON</translation>
    </message>
    <message>
        <source>The bytes exactly as they were sent or received</source>
        <translation>送受信したとおりのバイト列</translation>
    </message>
    <message>
        <source>Save the body exactly as it was sent or received</source>
        <translation>送受信したとおりのボディを保存します</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>ボディはありません。</translation>
    </message>
    <message>
        <source>Not JSON (%1): shown as text.</source>
        <translation>JSON ではありません (%1)。テキストとして表示しています。</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>コンテンツタイプなし</translation>
    </message>
    <message>
        <source>Not valid UTF-8: shown as Latin-1.</source>
        <translation>有効な UTF-8 ではありません。Latin-1 として表示しています。</translation>
    </message>
    <message>
        <source>Could not save the body to %1: %2</source>
        <translation>ボディを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Save body</source>
        <translation>ボディを保存</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save bod&amp;y…</source>
        <translation>ボディを保存(&amp;Y)…</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>ボディ</translation>
    </message>
    <message>
        <source>Read-only; Ctrl+F finds text in it</source>
        <translation>読み取り専用です。Ctrl+F でテキストを検索できます</translation>
    </message>
    <message>
        <source>%1 as indented JSON with colours</source>
        <translation>%1 をインデントと色付きの JSON で表示</translation>
    </message>
    <message>
        <source>%1 exactly as it was sent or received</source>
        <translation>送受信したとおりの %1</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n selected row(s)</source>
        <translation>
            <numerusform>選択した %n 行を編集</numerusform>
        </translation>
    </message>
    <message>
        <source>empty: the default role</source>
        <translation>空欄: 既定のロール</translation>
    </message>
    <message>
        <source>empty: sent as the instance</source>
        <translation>空欄: インスタンスとして送信</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Change %1 on every selected row</source>
        <translation>選択したすべての行の %1 を変更</translation>
    </message>
    <message>
        <source>Only the checked fields change; the others keep each row&apos;s own value.</source>
        <translation>チェックした項目だけが変更されます。その他の項目は各行の値のままです。</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>ロール(&amp;R)</translation>
    </message>
    <message>
        <source>Redirect &amp;URL</source>
        <translation>リダイレクト URL(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Inviter</source>
        <translation>招待者(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Expires (days)</source>
        <translation>有効期限 (日)(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Notify</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>Checked: the value beside it is set on every selected row</source>
        <translation>チェックすると、横の値が選択したすべての行に設定されます</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 の新しい値</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ClerkClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid Clerk identifier.</source>
        <translation>&quot;%1&quot; は有効な Clerk の ID ではありません。</translation>
    </message>
    <message>
        <source>no &quot;data&quot; array</source>
        <translation>&quot;data&quot; 配列がありません</translation>
    </message>
</context>
<context>
    <name>ClerkConfig</name>
    <message>
        <source>The Clerk API URL &quot;%1&quot; is not a valid absolute URL.</source>
        <translation>Clerk API の URL &quot;%1&quot; は有効な絶対 URL ではありません。</translation>
    </message>
    <message>
        <source>The Clerk API URL %1 must not contain a user name or password.</source>
        <translation>Clerk API の URL %1 にユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>The Clerk API URL %1 uses plain http to a host that is not a loopback address; use https.</source>
        <translation>Clerk API の URL %1 は、ループバックアドレスではないホストに暗号化なしの http を使っています。https を使ってください。</translation>
    </message>
    <message>
        <source>The Clerk API URL %1 must start with https://.</source>
        <translation>Clerk API の URL %1 は https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>No Clerk secret key: set the environment variable CLERK_SECRET_KEY.</source>
        <translation>Clerk のシークレットキーがありません。環境変数 CLERK_SECRET_KEY を設定してください。</translation>
    </message>
    <message>
        <source>The Clerk secret key contains spaces, control or non-ASCII characters.</source>
        <translation>Clerk のシークレットキーに空白、制御文字、または ASCII 以外の文字が含まれています。</translation>
    </message>
    <message>
        <source>The transfer timeout must be a positive number of milliseconds, not %1.</source>
        <translation>転送タイムアウトは正のミリ秒数で指定してください (%1 は指定できません)。</translation>
    </message>
    <message>
        <source>development instance</source>
        <translation>開発インスタンス</translation>
    </message>
    <message>
        <source>production instance</source>
        <translation>本番インスタンス</translation>
    </message>
    <message>
        <source>unknown instance</source>
        <translation>不明なインスタンス</translation>
    </message>
    <message>
        <source>secret key set</source>
        <translation>シークレットキー設定済み</translation>
    </message>
    <message>
        <source>no secret key</source>
        <translation>シークレットキーなし</translation>
    </message>
    <message>
        <source>%1 (%2, %3, API version %4, timeout %5 ms)</source>
        <translation>%1 (%2、%3、API バージョン %4、タイムアウト %5 ms)</translation>
    </message>
</context>
<context>
    <name>ClerkError</name>
    <message>
        <source>no response</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>No complete answer from Clerk: %1</source>
        <translation>Clerk から完全な応答がありません: %1</translation>
    </message>
    <message>
        <source>The answer HTTP %1 was cut off: %2</source>
        <translation>HTTP %1 の応答が途中で切れました: %2</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body; the outcome is unknown</source>
        <translation>HTTP %1 (ボディが空)。結果は不明です</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 (ボディが空)</translation>
    </message>
    <message>
        <source>HTTP %1 with a JSON body that is not an object</source>
        <translation>HTTP %1 (JSON ボディがオブジェクトではありません)</translation>
    </message>
    <message>
        <source>HTTP %1 with malformed JSON (%2 at byte %3)</source>
        <translation>HTTP %1 (不正な JSON: バイト %3 で %2)</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>コンテンツタイプなし</translation>
    </message>
    <message>
        <source>HTTP %1 from a proxy (%2, not JSON)</source>
        <translation>プロキシからの HTTP %1 (%2、JSON ではありません)</translation>
    </message>
    <message>
        <source>HTTP %1 without Clerk error details</source>
        <translation>HTTP %1 (Clerk のエラー詳細なし)</translation>
    </message>
    <message>
        <source>HTTP %1 with an unexpected body: %2</source>
        <translation>HTTP %1 (予期しないボディ): %2</translation>
    </message>
</context>
<context>
    <name>ClerkReplyRecorder</name>
    <message>
        <source>The connection closed before Clerk answered (the request was not sent again)</source>
        <translation>Clerk が応答する前に接続が閉じられました (リクエストは再送信していません)</translation>
    </message>
    <message>
        <source>No complete answer within the transfer timeout of %1 ms</source>
        <translation>転送タイムアウト (%1 ms) 以内に完全な応答がありませんでした</translation>
    </message>
</context>
<context>
    <name>CliOptionParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>invitedesk-cli %1: %2</source>
        <translation>invitedesk-cli %1: %2</translation>
    </message>
    <message>
        <source>Run &apos;invitedesk-cli %1 --help&apos; for usage.</source>
        <translation>使い方は &apos;invitedesk-cli %1 --help&apos; で確認できます。</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both hold %5; keep one of them.</source>
        <translation>%1 列目 (&quot;%2&quot;) と %3 列目 (&quot;%4&quot;) の両方に %5 があります。どちらか一方だけにしてください。</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;) has an empty metadata key; name it like public_metadata.address.city.</source>
        <translation>%1 列目 (&quot;%2&quot;) のメタデータキーが空です。public_metadata.address.city のような名前を付けてください。</translation>
    </message>
    <message>
        <source>no email column: name one of email_address, email, e-mail, mail</source>
        <translation>メールアドレスの列がありません。列名を email_address、email、e-mail、mail のいずれかにしてください</translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both set %5; keep one of them.</source>
        <translation>%1 列目 (&quot;%2&quot;) と %3 列目 (&quot;%4&quot;) の両方が %5 を設定しています。どちらか一方だけにしてください。</translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) conflict: %5 cannot hold both a value and nested keys.</source>
        <translation>%1 列目 (&quot;%2&quot;) と %3 列目 (&quot;%4&quot;) が競合しています。%5 に値と入れ子のキーの両方を持たせることはできません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is to be read from column %2, but there are only %n column(s).</source>
        <translation>
            <numerusform>%1 を %2 列目から読み取る設定ですが、列は %n 列しかありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineApp</name>
    <message>
        <source>invitedesk-cli: unknown command &apos;%1&apos;; see &apos;invitedesk-cli --help&apos;</source>
        <translation>invitedesk-cli: 不明なコマンド &apos;%1&apos; です。&apos;invitedesk-cli --help&apos; を参照してください</translation>
    </message>
    <message>
        <source>Usage: invitedesk-cli COMMAND [OPTIONS]</source>
        <translation>使い方: invitedesk-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Invite many people into one Clerk organization from a CSV file.</source>
        <translation>CSV ファイルから多数の人を 1 つの Clerk 組織に招待します。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &apos;invitedesk-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>各コマンドのオプションは &apos;invitedesk-cli COMMAND --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>The secret key is read from the environment variable CLERK_SECRET_KEY, never from an argument.</source>
        <translation>シークレットキーは環境変数 CLERK_SECRET_KEY から読み取ります。引数から読み取ることはありません。</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Enter the secret key for %1, or clear the API base URL to use the sandbox.</source>
        <translation>%1 のシークレットキーを入力するか、API ベース URL を空にしてサンドボックスを使ってください。</translation>
    </message>
    <message>
        <source>The secret key must start with sk_test_ or sk_live_: copy it from API keys in the Clerk Dashboard.</source>
        <translation>シークレットキーは sk_test_ または sk_live_ で始まる必要があります。Clerk Dashboard の API keys からコピーしてください。</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start on 127.0.0.1: %1</source>
        <translation>組み込みのサンドボックスを 127.0.0.1 で起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Enter the secret key of your Clerk instance in Settings.</source>
        <translation>設定で Clerk インスタンスのシークレットキーを入力してください。</translation>
    </message>
    <message>
        <source>the built-in sandbox at %1</source>
        <translation>%1 の組み込みサンドボックス</translation>
    </message>
    <message>
        <source>the development instance at %1</source>
        <translation>%1 の開発インスタンス</translation>
    </message>
    <message>
        <source>the production instance at %1</source>
        <translation>%1 の本番インスタンス</translation>
    </message>
    <message>
        <source>the organizations</source>
        <translation>組織の一覧</translation>
    </message>
    <message>
        <source>the instance&apos;s organization roles</source>
        <translation>インスタンスの組織ロール</translation>
    </message>
    <message>
        <source>the members of organization %1</source>
        <translation>組織 %1 のメンバー</translation>
    </message>
    <message>
        <source>Clerk did not accept the secret key (HTTP 401) while reading %1: enter the right key in Settings.</source>
        <translation>%1 の読み取り中に Clerk がシークレットキーを受け付けませんでした (HTTP 401)。設定で正しいキーを入力してください。</translation>
    </message>
    <message>
        <source>Clerk refused to show %1 (HTTP 403: %2): use a secret key of the instance that owns the organization.</source>
        <translation>Clerk が %1 の表示を拒否しました (HTTP 403: %2)。組織を所有するインスタンスのシークレットキーを使ってください。</translation>
    </message>
    <message>
        <source>Organization %1 does not exist in %2 (HTTP 404): choose another organization.</source>
        <translation>組織 %1 は %2 に存在しません (HTTP 404)。別の組織を選んでください。</translation>
    </message>
    <message>
        <source>Could not read %1 from %2 (%3): check the API base URL in Settings and the network connection.</source>
        <translation>%2 から %1 を読み取れませんでした (%3)。設定の API ベース URL とネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionSetup</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Organization…</source>
        <translation>組織(&amp;O)…</translation>
    </message>
    <message>
        <source>API base URL, secret key, rate limit, timeouts and language</source>
        <translation>API ベース URL、シークレットキー、レート制限、タイムアウト、言語</translation>
    </message>
    <message>
        <source>Choose the organization to invite into</source>
        <translation>招待先の組織を選択します</translation>
    </message>
    <message>
        <source>The remembered secret key is no longer in the system keychain.</source>
        <translation>保存したシークレットキーがシステムのキーチェーンにありません。</translation>
    </message>
    <message>
        <source>%1 Sending goes to the built-in sandbox until you enter a key in Settings.</source>
        <translation>%1 設定でキーを入力するまで、組み込みサンドボックスに送信します。</translation>
    </message>
    <message>
        <source>Using the sandbox</source>
        <translation>サンドボックスを使用中</translation>
    </message>
    <message>
        <source>No organization chosen</source>
        <translation>組織が選択されていません</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>組織: %1</translation>
    </message>
    <message>
        <source>Organization: %1 (%2)</source>
        <translation>組織: %1 (%2)</translation>
    </message>
    <message>
        <source>Invitations go into this organization: change it with Invitations ▸ Organization…</source>
        <translation>招待はこの組織に送られます。変更するには [招待] ▸ [組織…] を使ってください</translation>
    </message>
    <message>
        <source>Reading the secret key from the system keychain…</source>
        <translation>システムのキーチェーンからシークレットキーを読み取っています…</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>「%1」を開けません: %2</translation>
    </message>
    <message>
        <source>“%1” is too large (%2); files up to %3 are supported.</source>
        <translation>「%1」は大きすぎます (%2)。%3 までのファイルに対応しています。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>「%1」を読み取れません: %2</translation>
    </message>
    <message>
        <source>“%1” is too large (more than %2); files up to %2 are supported.</source>
        <translation>「%1」は大きすぎます (%2 超)。%2 までのファイルに対応しています。</translation>
    </message>
    <message>
        <source>The file is too large (%1); files up to %2 are supported.</source>
        <translation>ファイルが大きすぎます (%1)。%2 までのファイルに対応しています。</translation>
    </message>
    <message>
        <source>The file does not contain text; it looks like binary data such as an image or an archive.</source>
        <translation>ファイルにテキストが含まれていません。画像やアーカイブなどのバイナリデータのようです。</translation>
    </message>
    <message>
        <source>“%1” cannot be used as the column separator.</source>
        <translation>「%1」は列の区切り文字として使えません。</translation>
    </message>
    <message>
        <source>Row %1, column %2 opens a quoted value that is never closed (a closing %3 is missing).</source>
        <translation>%1 行目、%2 列目の引用符付きの値が閉じられていません (閉じる %3 がありません)。</translation>
    </message>
    <message>
        <source>Row %1, column %2 holds more than %3 characters; at most %3 are supported.</source>
        <translation>%1 行目、%2 列目が %3 文字を超えています。最大 %3 文字まで対応しています。</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; at most %3 are supported.</source>
        <translation>%1 行目には %2 列あります。最大 %3 列まで対応しています。</translation>
    </message>
    <message>
        <source>The file has more than %1 data rows; at most %1 are supported.</source>
        <translation>ファイルのデータ行が %1 行を超えています。最大 %1 行まで対応しています。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>ファイルが空です。ヘッダー行もデータもありません。</translation>
    </message>
</context>
<context>
    <name>DeliveryRun</name>
    <message>
        <source>could not find out whether bulk call %1 reached Clerk (%2): run again to resume</source>
        <translation>一括呼び出し %1 が Clerk に届いたかどうか確認できませんでした (%2)。再実行すると再開します</translation>
    </message>
    <message>
        <source>row %1: no definite answer from Clerk after %2 attempts (%3)</source>
        <translation>%1 行目: %2 回試行しても Clerk から確定した応答がありません (%3)</translation>
    </message>
    <message>
        <source>could not read %1 before sending: %2</source>
        <translation>送信前に %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>ジャーナル: %1</translation>
    </message>
</context>
<context>
    <name>DryRunPrinter</name>
    <message>
        <source>call %1 of %2 (rows %3): POST %4</source>
        <translation>呼び出し %1/%2 (行 %3): POST %4</translation>
    </message>
</context>
<context>
    <name>DuplicateEmails</name>
    <message>
        <source>same email as row %1</source>
        <translation>%1 行目と同じメールアドレス</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>less than a minute</source>
        <translation>1 分未満</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>約 %1 分</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>約 %1 時間</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>約 %1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s)</source>
        <translation>
            <numerusform>約 %Ln 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s)</source>
        <translation>
            <numerusform>約 %Ln 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln day(s)</source>
        <translation>
            <numerusform>約 %Ln 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) per %1</source>
        <translation>
            <numerusform>%1 あたり %Ln 回</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditCellCommand</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>%2 行目の %1 の編集</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <source>&amp;Fit Columns</source>
        <translation>列幅を調整(&amp;F)</translation>
    </message>
    <message>
        <source>Size the columns to their contents</source>
        <translation>列の幅を内容に合わせます</translation>
    </message>
    <message>
        <source>&amp;About Invitedesk</source>
        <translation>Invitedesk について(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>バージョンとライセンス</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt version Invitedesk runs on</source>
        <translation>Invitedesk が動作している Qt のバージョン</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty invitee table</source>
        <translation>空の招待対象テーブルを作成します</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>CSV として保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Write the table to a CSV file Invitedesk can open again</source>
        <translation>Invitedesk で再び開ける CSV ファイルにテーブルを書き出します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Invitedesk</source>
        <translation>Invitedesk を終了します</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>最後の変更を取り消します</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Make the change taken back again</source>
        <translation>取り消した変更をやり直します</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直し(&amp;R): %1</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the selected cells and clear them (whole rows: remove them)</source>
        <translation>選択したセルをコピーして空にします (行全体を選択した場合は行を削除します)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>選択したセルをタブ区切りのテキストとしてコピーします</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet at the selection; extra rows are added</source>
        <translation>スプレッドシートのセルを選択位置に貼り付けます。足りない行は追加されます</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>セルをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>選択したセルを空にします</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Select every visible cell</source>
        <translation>表示されているすべてのセルを選択します</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Look for text in every cell</source>
        <translation>すべてのセルからテキストを検索します</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next cell holding the text</source>
        <translation>テキストを含む次のセルに移動します</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous cell holding the text</source>
        <translation>テキストを含む前のセルに移動します</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>下方向へコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the top selected cell of each column into the cells below it</source>
        <translation>各列で選択範囲の一番上のセルを下のセルにコピーします</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>行を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Insert an empty row below the current one</source>
        <translation>現在の行の下に空の行を挿入します</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>行を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the rows of the selected cells</source>
        <translation>選択したセルを含む行を削除します</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>一括編集(&amp;B)…</translation>
    </message>
    <message>
        <source>Set role, redirect URL, inviter, expiry or notify on the selected rows</source>
        <translation>選択した行のロール、リダイレクト URL、招待者、有効期限、通知を設定します</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the first cell Clerk would refuse</source>
        <translation>Clerk が拒否する最初のセルに移動します</translation>
    </message>
    <message>
        <source>&amp;Send Invitations</source>
        <translation>招待を送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send every row without a problem to Clerk</source>
        <translation>問題のないすべての行を Clerk に送信します</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop sending; the run resumes later from where it stopped</source>
        <translation>送信を停止します。後で停止した位置から再開できます</translation>
    </message>
    <message>
        <source>Read invitees from a CSV, TSV, XLSX or ODS file</source>
        <translation>CSV、TSV、XLSX、ODS ファイルから招待対象を読み込みます</translation>
    </message>
    <message>
        <source>Paste R&amp;ows…</source>
        <translation>行を貼り付け(&amp;O)…</translation>
    </message>
    <message>
        <source>Add the clipboard&apos;s rows to the table, choosing how its columns map to Invitedesk&apos;s fields</source>
        <translation>クリップボードの行をテーブルに追加します。その列を Invitedesk のどの項目に対応付けるかを選べます</translation>
    </message>
</context>
<context>
    <name>EditorModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (既定)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>What validation or the last run made of the row</source>
        <translation>検証または前回の実行によるこの行の結果</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Show only the rows with this status</source>
        <translation>この状態の行だけを表示します</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状態フィルター</translation>
    </message>
    <message>
        <source>Row %1, %2</source>
        <translation>%1 行目、%2</translation>
    </message>
    <message>
        <source>%1 (search wrapped around)</source>
        <translation>%1 (折り返して検索しました)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in no visible cell</source>
        <translation>&apos;%1&apos; は表示中のどのセルにもありません</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n row(s) ready to send</source>
        <translation>
            <numerusform>問題はありません。%n 行を送信できます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix; the first: %1</source>
        <translation>
            <numerusform>修正が必要な問題が %n 件あります。最初の問題: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>Select the rows to edit first</source>
        <translation>先に編集する行を選択してください</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>SANDBOX</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Sandbox: a simulated Clerk on this computer. Nothing is sent anywhere and nobody gets an email.</source>
        <translation>サンドボックス: このコンピューター上の模擬 Clerk です。どこにも送信されず、誰にもメールは届きません。</translation>
    </message>
    <message>
        <source>Test: a Clerk development instance (sk_test_ key). Invitations are real but only for testing.</source>
        <translation>テスト: Clerk の開発インスタンス (sk_test_ キー) です。招待は実際に送られますが、テスト専用です。</translation>
    </message>
    <message>
        <source>Live: your Clerk production instance (sk_live_ key). Real people get real invitations.</source>
        <translation>本番: Clerk の本番インスタンス (sk_live_ キー) です。実在の人に実際の招待が届きます。</translation>
    </message>
    <message>
        <source>%1 Sending goes to %2.</source>
        <translation>%1 送信先は %2 です。</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>環境: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeListModel</name>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Copy as cURL</source>
        <translation>cURL としてコピー</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Select an exchange to see it in full.</source>
        <translation>やり取りを選択すると、その全体が表示されます。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未送信: %1</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>応答なし: %1</translation>
    </message>
    <message>
        <source>the connection ended without an answer</source>
        <translation>応答がないまま接続が終了しました</translation>
    </message>
    <message>
        <source>%1, then the transfer failed: %2</source>
        <translation>%1 の後、転送に失敗しました: %2</translation>
    </message>
    <message>
        <source>Started %1 · wait %2 ms · total %3 ms · response %4</source>
        <translation>開始 %1 · 待機 %2 ms · 合計 %3 ms · 応答 %4</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>cURL としてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request (Ctrl+Shift+C); it reads the key from $CLERK_SECRET_KEY, so the key itself is never copied</source>
        <translation>このリクエストを再実行する curl コマンドをコピーします (Ctrl+Shift+C)。キーは $CLERK_SECRET_KEY から読み取るため、キー自体がコピーされることはありません</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>レスポンスヘッダー</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>リクエストヘッダー</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>レスポンスボディ</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>リクエストボディ</translation>
    </message>
    <message>
        <source>Response or request</source>
        <translation>レスポンスまたはリクエスト</translation>
    </message>
    <message>
        <source>Save the response body</source>
        <translation>レスポンスボディを保存</translation>
    </message>
    <message>
        <source>Save the request body</source>
        <translation>リクエストボディを保存</translation>
    </message>
</context>
<context>
    <name>ExpiryDelegate</name>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in every cell</source>
        <translation>すべてのセルを検索</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致 (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>次の一致 (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>検索バーを閉じる (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <source>Enter: next match, Shift+Enter: previous, Escape: close</source>
        <translation>Enter: 次の一致、Shift+Enter: 前の一致、Escape: 閉じる</translation>
    </message>
</context>
<context>
    <name>HarWriter</name>
    <message>
        <source>No response was received.</source>
        <translation>応答を受信しませんでした。</translation>
    </message>
    <message>
        <source>Could not write the HTTP archive to %1: %2</source>
        <translation>HTTP アーカイブを %1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>HeaderTable</name>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>HtmlTableReader</name>
    <message numerus="yes">
        <source>The table on the clipboard is larger than %n character(s).</source>
        <translation>
            <numerusform>クリップボードの表が %n 文字を超えています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table on the clipboard has more than %n row(s).</source>
        <translation>
            <numerusform>クリップボードの表が %n 行を超えています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 of the table on the clipboard has more than %n column(s).</source>
        <translation>
            <numerusform>クリップボードの表の %1 行目が %n 列を超えています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1, column %2 of the table on the clipboard is longer than %n character(s).</source>
        <translation>
            <numerusform>クリップボードの表の %1 行目、%2 列目が %n 文字を超えています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table on the clipboard has more than %n cell(s) (at row %1).</source>
        <translation>
            <numerusform>クリップボードの表のセルが %n 個を超えています (%1 行目)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Paste rows</source>
        <translation>行の貼り付け</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 のインポート</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>先頭行のプレビュー</translation>
    </message>
    <message>
        <source>The first rows as Invitedesk will read them; cells with a problem show a warning icon and the reason in their tooltip</source>
        <translation>Invitedesk が読み取るとおりの先頭の行です。問題のあるセルには警告アイコンが表示され、ツールチップに理由が表示されます</translation>
    </message>
    <message>
        <source>Previe&amp;w of the first rows, as Invitedesk will read them:</source>
        <translation>Invitedesk が読み取るとおりの先頭行のプレビュー(&amp;W):</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>メールアドレス(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ロール(&amp;R):</translation>
    </message>
    <message>
        <source>Re&amp;direct URL:</source>
        <translation>リダイレクト URL(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Inviter:</source>
        <translation>招待者(&amp;I):</translation>
    </message>
    <message>
        <source>E&amp;xpires in days:</source>
        <translation>有効期限 (日数)(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Notify:</source>
        <translation>通知(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Public metadata:</source>
        <translation>公開メタデータ(&amp;P):</translation>
    </message>
    <message>
        <source>Pri&amp;vate metadata:</source>
        <translation>非公開メタデータ(&amp;V):</translation>
    </message>
    <message>
        <source>Source column for %1</source>
        <translation>%1 の読み取り元の列</translation>
    </message>
    <message>
        <source>(not present)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(the %1.… columns)</source>
        <translation>(%1.… の列)</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (例: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1. The first %n row(s) are shown.</source>
        <translation>
            <numerusform>%1 として読み取りました。先頭の %n 行を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>No column is mapped to the email address. Choose the column that holds the addresses under Email: Invitedesk cannot invite anyone without them.</source>
        <translation>メールアドレスに対応付けられた列がありません。[メールアドレス] でアドレスを含む列を選んでください。アドレスがないと Invitedesk は誰も招待できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) in these rows would be refused; hover over a marked cell to see why. You can fix them in the table after the import.</source>
        <translation>
            <numerusform>これらの行のうち %n 個のセルは拒否されます。理由は、マークされたセルにマウスポインターを重ねると表示されます。インポート後にテーブルで修正できます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOptions</name>
    <message>
        <source>Column %1</source>
        <translation>%1 列目</translation>
    </message>
</context>
<context>
    <name>ImportOptionsBox</name>
    <message>
        <source>Reading</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>Quote character</source>
        <translation>引用符</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>First row holds the &amp;headers</source>
        <translation>先頭行をヘッダーとして使う(&amp;H)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (西ヨーロッパ)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9, with €)</source>
        <translation>ISO-8859-15 (Latin-9、€ を含む)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>カンマ (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>セミコロン (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>縦棒 (|)</translation>
    </message>
    <message>
        <source>Other character</source>
        <translation>その他の文字</translation>
    </message>
    <message>
        <source>Other separator character</source>
        <translation>その他の区切り文字</translation>
    </message>
    <message>
        <source>Double quote (&quot;)</source>
        <translation>二重引用符 (&quot;)</translation>
    </message>
    <message>
        <source>Single quote (&apos;)</source>
        <translation>一重引用符 (&apos;)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>First row holds the headers</source>
        <translation>先頭行をヘッダーとして使う</translation>
    </message>
    <message>
        <source>Rows to skip before the header</source>
        <translation>ヘッダーの前にスキップする行数</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>区切り文字(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Quote character:</source>
        <translation>引用符(&amp;Q):</translation>
    </message>
    <message>
        <source>Shee&amp;t:</source>
        <translation>シート(&amp;T):</translation>
    </message>
    <message>
        <source>Rows to s&amp;kip before the header:</source>
        <translation>ヘッダーの前にスキップする行数(&amp;K):</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自動 (%1)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題: %1</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>no email column: choose the column that holds the email addresses</source>
        <translation>メールアドレスの列がありません。メールアドレスを含む列を選んでください</translation>
    </message>
    <message>
        <source>no email column: no cell of the first row holds an email address</source>
        <translation>メールアドレスの列がありません。1 行目のどのセルにもメールアドレスがありません</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is left to read after skipping the first %n row(s).</source>
        <translation>
            <numerusform>先頭の %n 行をスキップすると、読み取る行が残りません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>InputCheckPrinter</name>
    <message>
        <source>%1: checked %2: %3 ready to send, %4 invalid, %5 duplicate</source>
        <translation>%1: %2 を確認しました: 送信可能 %3、無効 %4、重複 %5</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Invitee</name>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>リダイレクト URL</translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation>招待者</translation>
    </message>
    <message>
        <source>Expires (days)</source>
        <translation>有効期限 (日)</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Public metadata</source>
        <translation>公開メタデータ</translation>
    </message>
    <message>
        <source>Private metadata</source>
        <translation>非公開メタデータ</translation>
    </message>
</context>
<context>
    <name>InviteeCsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>InviteeImporter</name>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CSV (%1, %2 separated)</source>
        <translation>CSV (%1、%2 区切り)</translation>
    </message>
    <message>
        <source>The file is named .%1 but is not a workbook Invitedesk can read.</source>
        <translation>ファイルの拡張子は .%1 ですが、Invitedesk が読み取れるブックではありません。</translation>
    </message>
    <message>
        <source>The file is named .%1 but holds text, not a workbook (it looks like CSV); if it is CSV, rename it to .csv.</source>
        <translation>ファイルの拡張子は .%1 ですが、中身はブックではなくテキストです (CSV のようです)。CSV の場合は拡張子を .csv に変更してください。</translation>
    </message>
    <message>
        <source>The file is delimited text, which has no sheets; a sheet (“%1”) can only be chosen in an XLSX or ODS workbook.</source>
        <translation>このファイルは区切り文字付きテキストで、シートはありません。シート (「%1」) を選べるのは XLSX または ODS のブックだけです。</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>シート「%1」: %2</translation>
    </message>
    <message>
        <source>%1 workbook, sheet “%2”</source>
        <translation>%1 ブック、シート「%2」</translation>
    </message>
</context>
<context>
    <name>InviteeTableView</name>
    <message>
        <source>Invitees</source>
        <translation>招待対象</translation>
    </message>
    <message>
        <source>One invitee per row. Type to replace a cell, F2 to edit it, Enter or F2 on a metadata cell opens the JSON editor, Space toggles Notify. Problem cells carry a warning icon and say what is wrong in their tooltip.</source>
        <translation>1 行に 1 人の招待対象です。入力するとセルの内容を置き換え、F2 で編集します。メタデータのセルで Enter または F2 を押すと JSON エディターが開き、Space で通知を切り替えます。問題のあるセルには警告アイコンが付き、ツールチップに問題の内容が表示されます。</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1、%2 行目</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>no journal file was given</source>
        <translation>ジャーナルファイルが指定されていません</translation>
    </message>
    <message>
        <source>journal %1 is a folder, not a file</source>
        <translation>ジャーナル %1 はファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>cannot create journal %1: folder %2 does not exist</source>
        <translation>ジャーナル %1 を作成できません: フォルダー %2 が存在しません</translation>
    </message>
    <message>
        <source>cannot write journal %1: the file is read-only</source>
        <translation>ジャーナル %1 に書き込めません: ファイルが読み取り専用です</translation>
    </message>
    <message>
        <source>cannot write journal %1: folder %2 is read-only</source>
        <translation>ジャーナル %1 に書き込めません: フォルダー %2 が読み取り専用です</translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation>ジャーナル %1 に実行 %2 はありません</translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation>ジャーナルが開かれていません</translation>
    </message>
</context>
<context>
    <name>JournalCallWriter</name>
    <message>
        <source>journal %1: a call needs at least one row</source>
        <translation>ジャーナル %1: 呼び出しには少なくとも 1 行が必要です</translation>
    </message>
    <message>
        <source>journal %1: call %2 was already sent; plan a new call to send its rows again</source>
        <translation>ジャーナル %1: 呼び出し %2 は送信済みです。その行を再送信するには新しい呼び出しを計画してください</translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation>ジャーナル %1 に実行 %2 はありません</translation>
    </message>
    <message>
        <source>journal %1: run %2 is already finished</source>
        <translation>ジャーナル %1: 実行 %2 は既に終了しています</translation>
    </message>
    <message>
        <source>journal %1: row %2 is not in run %3 or is given twice</source>
        <translation>ジャーナル %1: 行 %2 は実行 %3 に含まれていないか、2 回指定されています</translation>
    </message>
    <message>
        <source>journal %1: row %2 already ended as %3 and is not sent again</source>
        <translation>ジャーナル %1: 行 %2 は %3 として終了済みのため、再送信しません</translation>
    </message>
    <message>
        <source>journal %1: row %2 is in call %3 whose outcome is not known yet</source>
        <translation>ジャーナル %1: 行 %2 は結果がまだ不明な呼び出し %3 に含まれています</translation>
    </message>
    <message>
        <source>journal %1: the outcome given for row %2 is still pending; leave the row out instead</source>
        <translation>ジャーナル %1: 行 %2 に指定された結果はまだ保留中です。代わりにその行を除外してください</translation>
    </message>
    <message>
        <source>journal %1: row %2 is not a pending row of call %3</source>
        <translation>ジャーナル %1: 行 %2 は呼び出し %3 の保留中の行ではありません</translation>
    </message>
    <message>
        <source>journal %1 has no call %2</source>
        <translation>ジャーナル %1 に呼び出し %2 はありません</translation>
    </message>
    <message>
        <source>journal %1: call %2 is already closed</source>
        <translation>ジャーナル %1: 呼び出し %2 は既に閉じられています</translation>
    </message>
</context>
<context>
    <name>JournalRunWriter</name>
    <message>
        <source>journal %1: unfinished run %2 has %3 rows but the input has %4; choose another journal</source>
        <translation>ジャーナル %1: 未完了の実行 %2 は %3 行ですが、入力は %4 行です。別のジャーナルを選んでください</translation>
    </message>
    <message>
        <source>journal %1: row %2 appears twice in the run</source>
        <translation>ジャーナル %1: 行 %2 が実行内に 2 回現れます</translation>
    </message>
    <message>
        <source>journal %1: the outcome given for row %2 is still pending</source>
        <translation>ジャーナル %1: 行 %2 に指定された結果はまだ保留中です</translation>
    </message>
    <message>
        <source>journal %1: row %2 of run %3 is not pending outside an open call</source>
        <translation>ジャーナル %1: 実行 %3 の行 %2 は、開いている呼び出しの外で保留中ではありません</translation>
    </message>
    <message>
        <source>journal %1: run %2 cannot finish while %3 rows are pending and %4 calls are unresolved</source>
        <translation>ジャーナル %1: 保留中の行が %3 行、未解決の呼び出しが %4 件ある間は実行 %2 を終了できません</translation>
    </message>
    <message>
        <source>journal %1 has no run %2</source>
        <translation>ジャーナル %1 に実行 %2 はありません</translation>
    </message>
</context>
<context>
    <name>JournalSchema</name>
    <message>
        <source>%1 is not an Invitedesk journal (it is an SQLite database of another application)</source>
        <translation>%1 は Invitedesk のジャーナルではありません (別のアプリケーションの SQLite データベースです)</translation>
    </message>
    <message>
        <source>journal %1 was written by a newer Invitedesk (journal version %2; this version reads up to %3)</source>
        <translation>ジャーナル %1 は新しい Invitedesk で書き込まれています (ジャーナルバージョン %2。このバージョンが読めるのは %3 までです)</translation>
    </message>
    <message>
        <source>journal %1 cannot use write-ahead logging (SQLite kept journal mode &quot;%2&quot;)</source>
        <translation>ジャーナル %1 で先行書き込みログ (WAL) を使えません (SQLite のジャーナルモードは &quot;%2&quot; のままです)</translation>
    </message>
    <message>
        <source>journal %1 is in use by another Invitedesk process; wait for it to finish or choose another journal</source>
        <translation>ジャーナル %1 は別の Invitedesk プロセスが使用中です。終了を待つか、別のジャーナルを選んでください</translation>
    </message>
    <message>
        <source>%1 is not an Invitedesk journal (it is not an SQLite database)</source>
        <translation>%1 は Invitedesk のジャーナルではありません (SQLite データベースではありません)</translation>
    </message>
    <message>
        <source>journal %1 is damaged (%2)</source>
        <translation>ジャーナル %1 は破損しています (%2)</translation>
    </message>
    <message>
        <source>cannot write journal %1: the file or its folder is read-only</source>
        <translation>ジャーナル %1 に書き込めません: ファイルまたはそのフォルダーが読み取り専用です</translation>
    </message>
    <message>
        <source>cannot write journal %1: the disk is full</source>
        <translation>ジャーナル %1 に書き込めません: ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>cannot open journal %1: %2</source>
        <translation>ジャーナル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot read or write journal %1: input/output error (%2)</source>
        <translation>ジャーナル %1 を読み書きできません: 入出力エラー (%2)</translation>
    </message>
    <message>
        <source>journal %1: %2</source>
        <translation>ジャーナル %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonEditorDialog</name>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクト以外の値</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>整形(&amp;F)</translation>
    </message>
    <message>
        <source>Indent the object, one key per line</source>
        <translation>オブジェクトをインデントし、1 行に 1 つのキーを配置します</translation>
    </message>
    <message>
        <source>Empty: no metadata</source>
        <translation>空: メタデータなし</translation>
    </message>
    <message>
        <source>Valid JSON object</source>
        <translation>有効な JSON オブジェクト</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message>
        <source>This is %1; metadata must be a JSON object like {&quot;team&quot;: &quot;Research&quot;}</source>
        <translation>これは%1です。メタデータは {&quot;team&quot;: &quot;Research&quot;} のような JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <source>Metadata JSON</source>
        <translation>メタデータの JSON</translation>
    </message>
    <message>
        <source>A JSON object; the line under the editor says whether it is valid. Tab moves to the buttons, Escape cancels.</source>
        <translation>JSON オブジェクトです。有効かどうかはエディターの下の行に表示されます。Tab でボタンに移動し、Escape でキャンセルします。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>システムのキーチェーンを利用できません (%1)。</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>システムのキーチェーンがアクセスを拒否しました (%1)。</translation>
    </message>
    <message>
        <source>The system keychain failed (%1).</source>
        <translation>システムのキーチェーンでエラーが発生しました (%1)。</translation>
    </message>
</context>
<context>
    <name>LiveKeyConfirmation</name>
    <message>
        <source>Send %1 invitations to %2 with a LIVE key? This takes %3 at %4. [y/N] </source>
        <translation>LIVE キーで %2 に %1 件の招待を送信しますか? %4 のペースで %3 かかります。[y/N] </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the file</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>招待(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About Invitedesk</source>
        <translation>Invitedesk について</translation>
    </message>
    <message>
        <source>Invitedesk %1: invite many people into one Clerk organization at once.</source>
        <translation>Invitedesk %1: 多数の人を一度に 1 つの Clerk 組織へ招待します。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Rows with an invalid cell, and rows repeating an earlier row&apos;s email</source>
        <translation>無効なセルを含む行と、前の行とメールアドレスが重複する行</translation>
    </message>
    <message>
        <source>Invitedesk[*]</source>
        <translation>Invitedesk[*]</translation>
    </message>
    <message>
        <source>%1[*] — Invitedesk</source>
        <translation>%1[*] — Invitedesk</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 件の問題</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid rows: %1 · Duplicates: %2</source>
        <translation>無効な行: %1 · 重複: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>Main &amp;Toolbar</source>
        <translation>メインツールバー(&amp;T)</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>The file is not an ODS workbook: it has no content.xml.</source>
        <translation>このファイルは ODS ブックではありません (content.xml がありません)。</translation>
    </message>
    <message>
        <source>ODS</source>
        <translation>ODS</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <source>Choose the organization</source>
        <translation>組織の選択</translation>
    </message>
    <message>
        <source>Search by name, slug or id</source>
        <translation>名前、スラッグ、ID で検索</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>組織を検索</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>スラッグ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>This instance has no organizations yet.</source>
        <translation>このインスタンスにはまだ組織がありません。</translation>
    </message>
    <message>
        <source>No organization matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; に一致する組織はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln organization(s): type more of the name to narrow the search.</source>
        <translation>
            <numerusform>最初の %Ln 件の組織を表示しています。名前をさらに入力して絞り込んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s) found.</source>
        <translation>
            <numerusform>%Ln 件の組織が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list below follows as you type; Enter searches at once</source>
        <translation>入力に合わせて下の一覧が更新されます。Enter ですぐに検索します</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Choose one with the arrow keys; Enter invites into it</source>
        <translation>矢印キーで選択し、Enter でその組織に招待します</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Organi&amp;zations:</source>
        <translation>組織(&amp;Z):</translation>
    </message>
</context>
<context>
    <name>OutcomeMapper</name>
    <message>
        <source>Clerk refused the secret key (401): check CLERK_SECRET_KEY</source>
        <translation>Clerk がシークレットキーを拒否しました (401)。CLERK_SECRET_KEY を確認してください</translation>
    </message>
    <message>
        <source>Clerk denied access to organization %1 (403): check that the secret key belongs to its instance (%2)</source>
        <translation>Clerk が組織 %1 へのアクセスを拒否しました (403)。シークレットキーがその組織のインスタンスのものか確認してください (%2)</translation>
    </message>
    <message>
        <source>organization %1 not found (404): check --org</source>
        <translation>組織 %1 が見つかりません (404)。--org を確認してください</translation>
    </message>
    <message>
        <source>nothing was sent: %1</source>
        <translation>何も送信していません: %1</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next &amp;Pane</source>
        <translation>次のペイン(&amp;P)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>前のペイン(&amp;V)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next part of the window: table, sending panel, results</source>
        <translation>キーボードフォーカスをウィンドウの次の部分 (テーブル、送信パネル、結果) に移動します</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous part of the window</source>
        <translation>キーボードフォーカスをウィンドウの前の部分に移動します</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>row %1, column role: &quot;%2&quot; is not a role of this Clerk instance (valid: %3)</source>
        <translation>%1 行目、role 列: &quot;%2&quot; はこの Clerk インスタンスのロールではありません (有効なロール: %3)</translation>
    </message>
    <message>
        <source>the instance&apos;s roles</source>
        <translation>インスタンスのロール</translation>
    </message>
    <message>
        <source>the organization&apos;s pending invitations</source>
        <translation>組織の保留中の招待</translation>
    </message>
    <message>
        <source>%1 already has a pending invitation (%2)</source>
        <translation>%1 には既に保留中の招待があります (%2)</translation>
    </message>
    <message>
        <source>the organization&apos;s members</source>
        <translation>組織のメンバー</translation>
    </message>
    <message>
        <source>%1 is already a member of the organization</source>
        <translation>%1 は既に組織のメンバーです</translation>
    </message>
</context>
<context>
    <name>RatePacer</name>
    <message>
        <source>rate must look like N/SECONDS, e.g. 50/3600 (got &quot;%1&quot;)</source>
        <translation>レートは N/SECONDS の形式で指定してください (例: 50/3600、指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>rate must allow at least 1 call per window (got &quot;%1&quot;)</source>
        <translation>レートは期間ごとに少なくとも 1 回の呼び出しを許可する必要があります (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>rate window must be at least 1 second (got &quot;%1&quot;)</source>
        <translation>レートの期間は 1 秒以上にしてください (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>rate &quot;%1&quot; is too large: at most %2 calls per window of at most %3 seconds</source>
        <translation>レート &quot;%1&quot; が大きすぎます。上限は最長 %3 秒の期間あたり %2 回です</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Could not write the report: %1</source>
        <translation>レポートを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>レポートを %1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ResultsDock</name>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>結果(&amp;R)</translation>
    </message>
    <message>
        <source>Show or hide the runs and their HTTP exchanges (F6 moves the focus there)</source>
        <translation>実行履歴とその HTTP のやり取りを表示または非表示にします (F6 でフォーカスを移動します)</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>実行履歴</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the runs again from the journal</source>
        <translation>ジャーナルから実行履歴を再読み込みします</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>レポートをエクスポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;HAR…</source>
        <translation>HAR をエクスポート(&amp;H)…</translation>
    </message>
    <message>
        <source>Re&amp;voke invitations of this run…</source>
        <translation>この実行の招待を取り消す(&amp;V)…</translation>
    </message>
    <message>
        <source>Could not read run %1 from the journal: %2</source>
        <translation>ジャーナルから実行 %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>No runs yet: the runs you send appear here.</source>
        <translation>まだ実行はありません。送信した実行がここに表示されます。</translation>
    </message>
    <message>
        <source>Run %1 · %2 · started %3 · %4 · %5</source>
        <translation>実行 %1 · %2 · 開始 %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR のエクスポート</translation>
    </message>
    <message>
        <source>HTTP Archive files (*.har)</source>
        <translation>HTTP アーカイブファイル (*.har)</translation>
    </message>
    <message>
        <source>Report of run %1 saved to %2</source>
        <translation>実行 %1 のレポートを %2 に保存しました</translation>
    </message>
    <message>
        <source>HTTP exchanges of run %1 saved to %2</source>
        <translation>実行 %1 の HTTP のやり取りを %2 に保存しました</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>実行 %1: %2</translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>招待の取り消し</translation>
    </message>
    <message>
        <source>%1 First failure: %2</source>
        <translation>%1 最初の失敗: %2</translation>
    </message>
    <message>
        <source>Every run in the journal, newest first; the selected run is shown beside</source>
        <translation>ジャーナル内のすべての実行 (新しい順)。選択した実行が横に表示されます</translation>
    </message>
    <message>
        <source>Results actions</source>
        <translation>結果の操作</translation>
    </message>
    <message>
        <source>Save the per-row results of this run as a CSV report (Ctrl+Shift+E)</source>
        <translation>この実行の行ごとの結果を CSV レポートとして保存します (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Save every HTTP exchange of this run as an HTTP Archive (HAR 1.2) (Ctrl+Shift+H)</source>
        <translation>この実行のすべての HTTP のやり取りを HTTP アーカイブ (HAR 1.2) として保存します (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Revoke every invitation this run created, after a confirmation (Ctrl+Shift+Delete)</source>
        <translation>確認の後、この実行で作成したすべての招待を取り消します (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>R&amp;ows</source>
        <translation>行(&amp;O)</translation>
    </message>
    <message>
        <source>HTTP e&amp;xchanges</source>
        <translation>HTTP のやり取り(&amp;X)</translation>
    </message>
    <message>
        <source>The result of every row of the run (Alt+O)</source>
        <translation>実行の各行の結果 (Alt+O)</translation>
    </message>
    <message>
        <source>Every call to Clerk in full (Alt+X)</source>
        <translation>Clerk へのすべての呼び出しの全内容 (Alt+X)</translation>
    </message>
    <message>
        <source>Rows per status</source>
        <translation>状態ごとの行数</translation>
    </message>
</context>
<context>
    <name>RevokeBar</name>
    <message>
        <source>Stop revoking</source>
        <translation>取り消しを停止</translation>
    </message>
    <message>
        <source>Send no further revocation; the one under way still ends</source>
        <translation>これ以上の取り消しは送信しません。処理中の取り消しは最後まで行われます</translation>
    </message>
    <message>
        <source>Revoke invitations</source>
        <translation>招待の取り消し</translation>
    </message>
    <message>
        <source>Run %1 created no invitation that could be revoked.</source>
        <translation>実行 %1 には取り消せる招待がありません。</translation>
    </message>
    <message>
        <source>Run %1 sent its invitations to %2, but the connection is now to %3; connect to %2 to revoke them.</source>
        <translation>実行 %1 は招待を %2 に送信しましたが、現在の接続先は %3 です。取り消すには %2 に接続してください。</translation>
    </message>
    <message>
        <source>Revoke every invitation run %1 created in %2? Invitations to revoke: %3. Whoever has not accepted yet can then no longer join with them.</source>
        <translation>実行 %1 が %2 に作成したすべての招待を取り消しますか? 取り消す招待: %3。まだ承諾していない人は、その招待では参加できなくなります。</translation>
    </message>
    <message>
        <source>Revoking the invitations of run %1: %2 of %3</source>
        <translation>実行 %1 の招待を取り消しています: %2/%3</translation>
    </message>
    <message>
        <source>Revoking progress</source>
        <translation>取り消しの進行状況</translation>
    </message>
</context>
<context>
    <name>RevokeSummary</name>
    <message>
        <source>Revoked: %1. Already gone: %2. Failed: %3.</source>
        <translation>取り消し済み: %1。既に存在しない: %2。失敗: %3。</translation>
    </message>
    <message>
        <source>%1 Stopped after %2 of %3.</source>
        <translation>%1 %3 件中 %2 件で停止しました。</translation>
    </message>
</context>
<context>
    <name>RowResultsModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Invitation id</source>
        <translation>招待 ID</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP ステータス</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>エラーコード</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>トレース ID</translation>
    </message>
</context>
<context>
    <name>RowStatus</name>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>招待済み</translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation>既に招待済み</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>既にメンバー</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>A run is already going: stop it or wait until it ends.</source>
        <translation>既に実行中です。停止するか、終了するまでお待ちください。</translation>
    </message>
    <message>
        <source>Choose the organization to invite into before sending.</source>
        <translation>送信する前に招待先の組織を選んでください。</translation>
    </message>
    <message>
        <source>The table is empty: type or open the invitees first.</source>
        <translation>テーブルが空です。先に招待対象を入力するか、ファイルを開いてください。</translation>
    </message>
</context>
<context>
    <name>RunExchangesPanel</name>
    <message>
        <source>HTTP exchanges</source>
        <translation>HTTP のやり取り</translation>
    </message>
    <message>
        <source>Each call to Clerk; the selected one is shown below. Enter moves to its body, Ctrl+Shift+C copies it as cURL</source>
        <translation>Clerk への各呼び出しです。選択した呼び出しが下に表示されます。Enter でそのボディに移動し、Ctrl+Shift+C で cURL としてコピーします</translation>
    </message>
</context>
<context>
    <name>RunHistoryModel</name>
    <message>
        <source>No journal is open.</source>
        <translation>ジャーナルが開かれていません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Run %1 against %2</source>
        <translation>%2 に対する実行 %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>Could not read the run from the journal: %1</source>
        <translation>ジャーナルから実行を読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>RunRevoker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RunRowsPanel</name>
    <message>
        <source>All rows</source>
        <translation>すべての行</translation>
    </message>
    <message>
        <source>Rows that need a look (invalid, duplicate, failed, pending)</source>
        <translation>確認が必要な行 (無効、重複、失敗、保留中)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>表示する行</translation>
    </message>
    <message>
        <source>Rows of the run</source>
        <translation>実行の行</translation>
    </message>
    <message>
        <source>Each row&apos;s email, status and what Clerk answered</source>
        <translation>各行のメールアドレス、状態、Clerk の応答</translation>
    </message>
</context>
<context>
    <name>RunWorker</name>
    <message>
        <source>A run is already going: stop it or wait until it ends.</source>
        <translation>既に実行中です。停止するか、終了するまでお待ちください。</translation>
    </message>
    <message>
        <source>No row can be sent: every row is invalid or a duplicate. Fix the marked cells first.</source>
        <translation>送信できる行がありません。すべての行が無効または重複しています。先にマークされたセルを修正してください。</translation>
    </message>
    <message>
        <source>Cannot open the journal: %1</source>
        <translation>ジャーナルを開けません: %1</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Serve a simulated Clerk instance on 127.0.0.1 to try send against</source>
        <translation>send を試すための模擬 Clerk インスタンスを 127.0.0.1 で提供します</translation>
    </message>
    <message>
        <source>Serves a simulated Clerk Backend API on 127.0.0.1 with a demo organization,
Clerk&apos;s error answers and rate limit, until interrupted (Ctrl+C).</source>
        <translation>デモ組織、Clerk のエラー応答、レート制限を備えた模擬 Clerk Backend API を 127.0.0.1 で提供します。
中断 (Ctrl+C) されるまで動作します。</translation>
    </message>
    <message>
        <source>Port to listen on (default 0: any free port).</source>
        <translation>待ち受けるポート (既定値 0: 空いている任意のポート)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port number (0 to 65535)</source>
        <translation>--port &apos;%1&apos; はポート番号ではありません (0〜65535)</translation>
    </message>
    <message>
        <source>invitedesk-cli sandbox: cannot listen on 127.0.0.1:%1: %2</source>
        <translation>invitedesk-cli sandbox: 127.0.0.1:%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>Sandbox Clerk API: %1</source>
        <translation>サンドボックスの Clerk API: %1</translation>
    </message>
    <message>
        <source>Demo organization: %1</source>
        <translation>デモ組織: %1</translation>
    </message>
    <message>
        <source>Accepted keys: any sk_test_... or sk_live_... value</source>
        <translation>受け付けるキー: 任意の sk_test_... または sk_live_... の値</translation>
    </message>
    <message>
        <source>Try: CLERK_SECRET_KEY=sk_test_sandbox invitedesk-cli send people.csv --org %1 --api-url %2</source>
        <translation>試すには: CLERK_SECRET_KEY=sk_test_sandbox invitedesk-cli send people.csv --org %1 --api-url %2</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>停止するには Ctrl+C を押してください。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>サンドボックスを停止しました。</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>the tour did not end in time</source>
        <translation>ツアーが時間内に終了しませんでした</translation>
    </message>
    <message>
        <source>the sample could not be sent</source>
        <translation>サンプルを送信できませんでした</translation>
    </message>
    <message>
        <source>the results show no bulk exchange</source>
        <translation>結果に一括呼び出しのやり取りがありません</translation>
    </message>
    <message>
        <source>the paced run could not start</source>
        <translation>ペース制御の実行を開始できませんでした</translation>
    </message>
    <message>
        <source>the settings dialog did not open</source>
        <translation>設定ダイアログが開きませんでした</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 に書き込めませんでした</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>screenshot tour: %1</source>
        <translation>スクリーンショットツアー: %1</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1 invitations with a LIVE key need a confirmation: run in a terminal to answer, or add --yes</source>
        <translation>invitedesk-cli send: LIVE キーで %1 件の招待を送信するには確認が必要です。ターミナルで実行して応答するか、--yes を付けてください</translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1</source>
        <translation>invitedesk-cli send: %1</translation>
    </message>
    <message>
        <source>Send the invitations of a file to a Clerk organization (resumable, paced)</source>
        <translation>ファイルの招待を Clerk 組織に送信します (再開可能、ペース制御あり)</translation>
    </message>
    <message>
        <source>%1: no invitee rows below the header</source>
        <translation>%1: ヘッダーの下に招待対象の行がありません</translation>
    </message>
    <message>
        <source>Interrupted: re-run the same command to resume</source>
        <translation>中断しました。同じコマンドを再実行すると再開します</translation>
    </message>
</context>
<context>
    <name>SendConfirmation</name>
    <message>
        <source>Send with a LIVE key</source>
        <translation>LIVE キーで送信</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln invitation(s) to %1 with a LIVE key? At %2 this takes %3.</source>
        <translation>
            <numerusform>LIVE キーで %1 に %Ln 件の招待を送信しますか? %2 のペースで %3 かかります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>Sending</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Choose the organization to invite into, then the invitations go out.</source>
        <translation>招待先の組織を選ぶと、招待が送信されます。</translation>
    </message>
    <message>
        <source>Nothing to send: the table is empty. Type, paste or open the invitees first.</source>
        <translation>送信するものがありません。テーブルが空です。先に招待対象を入力するか、貼り付けるか、ファイルを開いてください。</translation>
    </message>
    <message>
        <source>Nothing to send: every row is invalid or a duplicate. Fix the marked cells first.</source>
        <translation>送信するものがありません。すべての行が無効または重複しています。先にマークされたセルを修正してください。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s) into %1…</source>
        <translation>
            <numerusform>%1 に %n 行を送信しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>The rate limit %1 in Settings is not valid (%2); keeping %3.</source>
        <translation>設定のレート制限 %1 は無効です (%2)。%3 のままにします。</translation>
    </message>
    <message>
        <source>&amp;Sending Panel</source>
        <translation>送信パネル(&amp;S)</translation>
    </message>
    <message>
        <source>Show or hide the progress of the run (F6 moves the focus there)</source>
        <translation>実行の進行状況を表示または非表示にします (F6 でフォーカスを移動します)</translation>
    </message>
</context>
<context>
    <name>SendOptions</name>
    <message>
        <source>The organization to invite into (required).</source>
        <translation>招待先の組織 (必須)。</translation>
    </message>
    <message>
        <source>ORG_ID</source>
        <translation>ORG_ID</translation>
    </message>
    <message>
        <source>Clerk&apos;s Backend API (default: CLERK_API_URL, else https://api.clerk.com/v1).</source>
        <translation>Clerk の Backend API (既定値: CLERK_API_URL、未設定なら https://api.clerk.com/v1)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Role for rows whose role cell is empty (default: org:member).</source>
        <translation>ロールのセルが空の行に使うロール (既定値: org:member)。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Inviter for rows whose inviter cell is empty (a user id).</source>
        <translation>招待者のセルが空の行に使う招待者 (ユーザー ID)。</translation>
    </message>
    <message>
        <source>USER_ID</source>
        <translation>USER_ID</translation>
    </message>
    <message>
        <source>At most N bulk calls per SECONDS seconds (default: 50/3600).</source>
        <translation>SECONDS 秒あたりの一括呼び出しの上限 N 回 (既定値: 50/3600)。</translation>
    </message>
    <message>
        <source>N/SECONDS</source>
        <translation>N/SECONDS</translation>
    </message>
    <message>
        <source>The journal that makes the run resumable (default: %1).</source>
        <translation>実行を再開可能にするジャーナル (既定値: %1)。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Write every HTTP exchange as a HAR file to PATH.</source>
        <translation>すべての HTTP のやり取りを HAR ファイルとして PATH に書き出します。</translation>
    </message>
    <message>
        <source>Print the body of every bulk call instead of sending it.</source>
        <translation>一括呼び出しを送信せず、各呼び出しのボディを表示します。</translation>
    </message>
    <message>
        <source>Do not ask before sending many invitations with a live key.</source>
        <translation>LIVE キーで多数の招待を送信する前に確認しません。</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>結果を 1 つの JSON オブジェクトとして出力します。</translation>
    </message>
    <message>
        <source>invitedesk-cli send: %1</source>
        <translation>invitedesk-cli send: %1</translation>
    </message>
    <message>
        <source>name the file to send</source>
        <translation>送信するファイルを指定してください</translation>
    </message>
    <message>
        <source>give exactly one file, not %1</source>
        <translation>ファイルは 1 つだけ指定してください (%1 個指定されています)</translation>
    </message>
    <message>
        <source>--org is required: the id of the organization to invite into (org_...)</source>
        <translation>--org は必須です: 招待先の組織の ID (org_...)</translation>
    </message>
    <message>
        <source>--org &apos;%1&apos; is not an organization id; ids look like org_2abc...</source>
        <translation>--org &apos;%1&apos; は組織 ID ではありません。ID は org_2abc... のような形式です</translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; is not a role key; role keys look like org:member</source>
        <translation>--role &apos;%1&apos; はロールキーではありません。ロールキーは org:member のような形式です</translation>
    </message>
    <message>
        <source>--inviter &apos;%1&apos; is not a user id; user ids look like user_2abc...</source>
        <translation>--inviter &apos;%1&apos; はユーザー ID ではありません。ユーザー ID は user_2abc... のような形式です</translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 does not exist</source>
        <translation>%1 に書き込めません: フォルダー %2 が存在しません</translation>
    </message>
    <message>
        <source>no Clerk secret key: set the environment variable CLERK_SECRET_KEY (keys are never taken as arguments)</source>
        <translation>Clerk のシークレットキーがありません。環境変数 CLERK_SECRET_KEY を設定してください (キーを引数で受け取ることはありません)</translation>
    </message>
    <message>
        <source>Sends invitations for every valid row of FILE (CSV, TSV, XLSX or ODS) to one Clerk organization,
ten per bulk call, paced under Clerk&apos;s rate limit. The secret key is read from CLERK_SECRET_KEY.
Re-running the same command resumes an interrupted run without inviting anyone twice.
Exit status: 0 every row invited (or already invited or a member), 1 some row invalid, duplicate
or failed, 2 usage, input, key or organization problem, 3 interrupted (re-run to resume).</source>
        <translation>FILE (CSV、TSV、XLSX、ODS) の有効なすべての行について、1 つの Clerk 組織に招待を送信します。
一括呼び出しごとに 10 件ずつ、Clerk のレート制限を超えないペースで送信します。シークレットキーは CLERK_SECRET_KEY から読み取ります。
同じコマンドを再実行すると、中断した実行を再開します。同じ人を 2 回招待することはありません。
終了ステータス: 0 すべての行を招待 (または既に招待済み、既にメンバー)、1 無効、重複、
または失敗した行あり、2 使い方、入力、キー、組織の問題、3 中断 (再実行すると再開)。</translation>
    </message>
    <message>
        <source>The sheet to read from an XLSX or ODS workbook (default: the first one).</source>
        <translation>XLSX または ODS ブックから読み取るシート (既定値: 最初のシート)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Write a report of every row to PATH: XLSX when PATH ends in .xlsx, else CSV.</source>
        <translation>すべての行のレポートを PATH に書き出します。PATH が .xlsx で終わる場合は XLSX、それ以外は CSV です。</translation>
    </message>
    <message>
        <source>The invitee file to send (CSV, TSV, XLSX or ODS).</source>
        <translation>送信する招待対象ファイル (CSV、TSV、XLSX、ODS)。</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Sending progress</source>
        <translation>送信の進行状況</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>まだ何も送信していません。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未送信: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows done</source>
        <translation>%2 行中 %1 行完了</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bulk call(s) made</source>
        <translation>
            <numerusform>一括呼び出し %Ln 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left: not known yet</source>
        <translation>残り時間: まだ不明</translation>
    </message>
    <message>
        <source>Last call in %1, at about %2</source>
        <translation>最後の呼び出し: %1後 (%2 頃)</translation>
    </message>
    <message>
        <source>Waiting (%1 left): %2</source>
        <translation>待機中 (残り %1): %2</translation>
    </message>
    <message>
        <source>Invitedesk: sending ended</source>
        <translation>Invitedesk: 送信が終了しました</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>停止しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped with %Ln row(s) left: send the same table again to resume.</source>
        <translation>
            <numerusform>%Ln 行を残して停止しました。同じテーブルを再送信すると再開します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 invited, %2 already invited, %3 already members, %4 failed, %5 not sent (invalid or duplicate).</source>
        <translation>完了: 招待 %1、既に招待済み %2、既にメンバー %3、失敗 %4、未送信 %5 (無効または重複)。</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop after the call in flight; send the same table again to resume (Ctrl+.).</source>
        <translation>処理中の呼び出しの後で停止します。同じテーブルを再送信すると再開します (Ctrl+.)。</translation>
    </message>
</context>
<context>
    <name>SendProgressPrinter</name>
    <message>
        <source>rows done: %1, calls: %2, %3 left, waiting %4 (%5)</source>
        <translation>完了した行: %1、呼び出し: %2、残り %3、待機 %4 (%5)</translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2, waiting %3 (%4)</source>
        <translation>完了した行: %1、呼び出し: %2、待機 %3 (%4)</translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2, %3 left</source>
        <translation>完了した行: %1、呼び出し: %2、残り %3</translation>
    </message>
    <message>
        <source>rows done: %1, calls: %2</source>
        <translation>完了した行: %1、呼び出し: %2</translation>
    </message>
</context>
<context>
    <name>SendSession</name>
    <message>
        <source>Interrupted again: stopped at once. Re-run the same command to resume.</source>
        <translation>再度中断されたため、すぐに停止しました。同じコマンドを再実行すると再開します。</translation>
    </message>
    <message>
        <source>Stopping after the call in flight (press Ctrl+C again to stop at once)...</source>
        <translation>処理中の呼び出しの後で停止します (すぐに停止するにはもう一度 Ctrl+C を押してください)...</translation>
    </message>
    <message>
        <source>Resuming run %1: %2 of %3 rows already done</source>
        <translation>実行 %1 を再開しています: %3 行中 %2 行は完了済み</translation>
    </message>
</context>
<context>
    <name>SendSummaryPrinter</name>
    <message>
        <source>Dry run for organization %1: %2 rows, nothing was sent.</source>
        <translation>組織 %1 のドライラン: %2 行、何も送信していません。</translation>
    </message>
    <message>
        <source>Run %1 for organization %2: %3 rows.</source>
        <translation>組織 %2 の実行 %1: %3 行。</translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation>送信予定</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Bulk calls: %1 in %2.</source>
        <translation>一括呼び出し: %1 回 (%2)。</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>レポート: %1</translation>
    </message>
    <message>
        <source>HAR: %1</source>
        <translation>HAR: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>empty: the built-in sandbox</source>
        <translation>空欄: 組み込みサンドボックス</translation>
    </message>
    <message>
        <source>Clerk&apos;s Backend API, e.g. https://api.clerk.com/v1. Plain http only to this computer.</source>
        <translation>Clerk の Backend API (例: https://api.clerk.com/v1)。暗号化なしの http はこのコンピューターへの接続にのみ使えます。</translation>
    </message>
    <message>
        <source>sk_test_… or sk_live_…</source>
        <translation>sk_test_… または sk_live_…</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>シークレットキー</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>シークレットキーを表示</translation>
    </message>
    <message>
        <source>Without it the key is forgotten when Invitedesk closes. It is never written to the settings file.</source>
        <translation>オフにすると、Invitedesk の終了時にキーは破棄されます。キーが設定ファイルに書き込まれることはありません。</translation>
    </message>
    <message>
        <source>Bulk calls per seconds, as N/SECONDS. Clerk allows 50 calls per hour.</source>
        <translation>一定秒数あたりの一括呼び出し回数を N/SECONDS の形式で指定します。Clerk の上限は 1 時間あたり 50 回です。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>API ベース URL(&amp;U):</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>シークレットキー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>レート制限(&amp;R):</translation>
    </message>
    <message>
        <source>Transfer &amp;timeout:</source>
        <translation>転送タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect when Invitedesk starts again.</source>
        <translation>新しい言語は Invitedesk の再起動後に反映されます。</translation>
    </message>
    <message>
        <source>No key: sending goes to the built-in sandbox on this computer; nobody gets an email.</source>
        <translation>キーなし: このコンピューターの組み込みサンドボックスに送信します。誰にもメールは届きません。</translation>
    </message>
    <message>
        <source>Sending goes to %1 with a LIVE key: real people get real invitations.</source>
        <translation>LIVE キーで %1 に送信します。実在の人に実際の招待が届きます。</translation>
    </message>
    <message>
        <source>Sending goes to %1 with a TEST key.</source>
        <translation>TEST キーで %1 に送信します。</translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation>キーをシステムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>%1 Untick &quot;Remember&quot; to use the key for this session only.</source>
        <translation>%1 このセッションだけでキーを使うには「システムのキーチェーンに保存」をオフにしてください。</translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation>システムのキーチェーンからキーを削除しています…</translation>
    </message>
    <message>
        <source>The key stays in the system keychain: %1</source>
        <translation>キーはシステムのキーチェーンに残っています: %1</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;member in the system keychain</source>
        <translation>システムのキーチェーンに保存(&amp;M)</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved yet</source>
        <translation>設定をまだ保存できない理由</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API ベース URL</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>Transfer timeout</source>
        <translation>転送タイムアウト</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Takes effect when Invitedesk starts again</source>
        <translation>Invitedesk の再起動後に反映されます</translation>
    </message>
    <message>
        <source>Seconds a call to Clerk may take before it is given up</source>
        <translation>Clerk への呼び出しを打ち切るまでの秒数</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>非表示(&amp;H)</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>ブックにシートがありません。</translation>
    </message>
    <message>
        <source>The workbook is not open.</source>
        <translation>ブックが開かれていません。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”; its sheets are %2.</source>
        <translation>ブックに「%1」という名前のシートはありません。シートは %2 です。</translation>
    </message>
    <message>
        <source>Sheet “%1” is empty: it has no header row and no data.</source>
        <translation>シート「%1」は空です。ヘッダー行もデータもありません。</translation>
    </message>
    <message>
        <source>The file is damaged: %1, line %2: %3.</source>
        <translation>ファイルが破損しています: %1、%2 行目: %3。</translation>
    </message>
</context>
<context>
    <name>SheetRowCollector</name>
    <message>
        <source>Sheet “%1”, row %2 has a value in column %3; at most %4 columns are supported.</source>
        <translation>シート「%1」の %2 行目の列 %3 に値があります。最大 %4 列まで対応しています。</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2, column %3 holds more than %4 characters; at most %4 are supported.</source>
        <translation>シート「%1」の %2 行目、列 %3 が %4 文字を超えています。最大 %4 文字まで対応しています。</translation>
    </message>
    <message>
        <source>Sheet “%1” has a value in row %2, beyond the last row a spreadsheet can have.</source>
        <translation>シート「%1」の %2 行目に値がありますが、これはスプレッドシートの最終行より後ろです。</translation>
    </message>
    <message>
        <source>Sheet “%1” has more than %2 data rows; at most %2 are supported.</source>
        <translation>シート「%1」のデータ行が %2 行を超えています。最大 %2 行まで対応しています。</translation>
    </message>
    <message>
        <source>Sheet “%1” holds more than %2 filled cells; at most %2 are supported.</source>
        <translation>シート「%1」の入力済みセルが %2 個を超えています。最大 %2 個まで対応しています。</translation>
    </message>
    <message>
        <source>The file is damaged: sheet “%1” lists row %2 after row %3.</source>
        <translation>ファイルが破損しています: シート「%1」で行 %2 が行 %3 の後にあります。</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFormat</name>
    <message>
        <source>The file is in the old Excel format (.xls); save it as .xlsx or CSV.</source>
        <translation>このファイルは古い Excel 形式 (.xls) です。.xlsx または CSV として保存してください。</translation>
    </message>
    <message>
        <source>The file is an OpenDocument file of another kind (%1), not a spreadsheet.</source>
        <translation>このファイルはスプレッドシートではなく、別の種類の OpenDocument ファイル (%1) です。</translation>
    </message>
    <message>
        <source>The file is an Excel binary workbook (.xlsb); save it as .xlsx or CSV.</source>
        <translation>このファイルは Excel バイナリブック (.xlsb) です。.xlsx または CSV として保存してください。</translation>
    </message>
    <message>
        <source>The file is an Office document of another kind (such as Word), not a spreadsheet.</source>
        <translation>このファイルはスプレッドシートではなく、別の種類の Office 文書 (Word など) です。</translation>
    </message>
    <message>
        <source>The file is a ZIP archive, not an XLSX or ODS workbook.</source>
        <translation>このファイルは XLSX や ODS のブックではなく、ZIP アーカイブです。</translation>
    </message>
    <message>
        <source>The file is an old Microsoft Office document, not a spreadsheet Invitedesk reads; save it as .xlsx or CSV.</source>
        <translation>このファイルは古い Microsoft Office 文書で、Invitedesk が読み取れるスプレッドシートではありません。.xlsx または CSV として保存してください。</translation>
    </message>
</context>
<context>
    <name>StatusCountsBar</name>
    <message>
        <source>Show only the rows that are %1</source>
        <translation>状態が「%1」の行だけを表示</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StatusFilterModel</name>
    <message>
        <source>All rows</source>
        <translation>すべての行</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>TableDocument</name>
    <message numerus="yes">
        <source>Read %n row(s) from %1 as %2</source>
        <translation>
            <numerusform>%1 から %n 行を %2 として読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>ファイルを保存できません</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n 行を %1 に保存しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitedesk did not close properly on %1. It kept %n row(s) you had not saved. Restore them?</source>
        <translation>
            <numerusform>Invitedesk は %1 に正しく終了しませんでした。保存していない %n 行が残っています。復元しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitedesk did not close properly on %1. It kept %n row(s) of %2 you had not saved. Restore them?</source>
        <translation>
            <numerusform>Invitedesk は %1 に正しく終了しませんでした。%2 の保存していない %n 行が残っています。復元しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsaved invitees</source>
        <translation>未保存の招待対象の復元</translation>
    </message>
    <message>
        <source>Cannot restore the invitees</source>
        <translation>招待対象を復元できません</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved row(s)</source>
        <translation>
            <numerusform>未保存の %n 行を復元しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Open invitees</source>
        <translation>招待対象を開く</translation>
    </message>
    <message>
        <source>Save invitees as CSV</source>
        <translation>招待対象を CSV として保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The invitee table has changes that are not saved in a file. Save them as CSV first?</source>
        <translation>招待対象テーブルに、ファイルに保存していない変更があります。先に CSV として保存しますか?</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as rows</source>
        <translation>クリップボードに行として貼り付けるテキストがありません</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>Cannot paste the rows</source>
        <translation>行を貼り付けられません</translation>
    </message>
    <message>
        <source>The pasted text holds no rows below its header</source>
        <translation>貼り付けたテキストのヘッダーの下に行がありません</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>%n 行の貼り付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s) as %1</source>
        <translation>
            <numerusform>%n 行を %1 として貼り付けました</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitee files (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>招待対象ファイル (*.csv *.tsv *.txt *.xlsx *.ods);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message numerus="yes">
        <source>Cut %n row(s)</source>
        <translation>
            <numerusform>%n 行の切り取り</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n cell(s)</source>
        <translation>
            <numerusform>%n 個のセルの切り取り</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation>
            <numerusform>%n 個のセルへの貼り付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>%n 個のセルの貼り付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s)</source>
        <translation>
            <numerusform>%n 行を貼り付けました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>%n 個のセルのクリア</numerusform>
        </translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行の追加</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>%n 行の削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s)</source>
        <translation>
            <numerusform>%n 行を削除しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>下方向へコピー</translation>
    </message>
    <message>
        <source>Nothing to change: the rows already hold these values</source>
        <translation>変更はありません。行には既にこれらの値が入っています</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n row(s)</source>
        <translation>
            <numerusform>%n 行の編集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n row(s)</source>
        <translation>
            <numerusform>%n 行を変更しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n address(es)</source>
        <translation>
            <numerusform>%n 件のアドレスの貼り付け</numerusform>
        </translation>
    </message>
    <message>
        <source>No address pasted</source>
        <translation>アドレスは貼り付けられませんでした</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n address(es)</source>
        <translation>
            <numerusform>%n 件のアドレスを貼り付けました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) removed</source>
        <translation>
            <numerusform>重複する %n 件を除外しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the table</source>
        <translation>
            <numerusform>%n 件は既にテーブルにあります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not valid address(es): row(s) %1 — fix them in the table</source>
        <translation>
            <numerusform>無効なアドレス %n 件: %1 行目 — テーブルで修正してください</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>Write a template file with every supported column and an example row</source>
        <translation>対応するすべての列と例の行を含むテンプレートファイルを書き出します</translation>
    </message>
    <message>
        <source>Writes an invitee template: every column Invitedesk reads, one example row.</source>
        <translation>招待対象のテンプレートを書き出します。Invitedesk が読み取るすべての列と、例の行 1 行を含みます。</translation>
    </message>
    <message>
        <source>File format: csv (default) or xlsx.</source>
        <translation>ファイル形式: csv (既定) または xlsx。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>標準出力の代わりに FILE に書き出します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; use -o FILE to name the output</source>
        <translation>予期しない引数 &apos;%1&apos; です。出力先は -o FILE で指定してください</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose csv or xlsx</source>
        <translation>不明な形式 &apos;%1&apos; です。csv または xlsx を選んでください</translation>
    </message>
    <message>
        <source>invitedesk-cli template: cannot write %1: %2</source>
        <translation>invitedesk-cli template: %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>xlsx is a binary format; name the file to write with -o FILE</source>
        <translation>xlsx はバイナリ形式です。書き出すファイルを -o FILE で指定してください</translation>
    </message>
</context>
<context>
    <name>TextFindBar</name>
    <message>
        <source>Find in body</source>
        <translation>ボディ内を検索</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>次の一致 (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>検索バーを閉じる (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Enter: next match, Shift+Enter: previous, Escape: close</source>
        <translation>Enter: 次の一致、Shift+Enter: 前の一致、Escape: 閉じる</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
</context>
<context>
    <name>UrlLineEdit</name>
    <message>
        <source>https://example.com/welcome</source>
        <translation>https://example.com/welcome</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Check an invitee file and list every problem by row and column</source>
        <translation>招待対象ファイルを検査し、すべての問題を行と列ごとに一覧表示します</translation>
    </message>
    <message>
        <source>Role for rows whose role cell is empty (default: org:member).</source>
        <translation>ロールのセルが空の行に使うロール (既定値: org:member)。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The invitee file to check.</source>
        <translation>検査する招待対象ファイル。</translation>
    </message>
    <message>
        <source>name the file to check</source>
        <translation>検査するファイルを指定してください</translation>
    </message>
    <message>
        <source>give exactly one file, not %1</source>
        <translation>ファイルは 1 つだけ指定してください (%1 個指定されています)</translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; is not a role key; role keys look like org:member</source>
        <translation>--role &apos;%1&apos; はロールキーではありません。ロールキーは org:member のような形式です</translation>
    </message>
    <message>
        <source>%1: no invitee rows below the header</source>
        <translation>%1: ヘッダーの下に招待対象の行がありません</translation>
    </message>
    <message>
        <source>Checks an invitee file (CSV, TSV, XLSX or ODS) without sending anything.
Prints each problem as FILE:ROW: COLUMN: message, then a summary.
Exit status: 0 no problem, 1 some row is invalid or duplicate, 2 the file cannot be used.</source>
        <translation>何も送信せずに招待対象ファイル (CSV、TSV、XLSX、ODS) を検査します。
各問題を FILE:ROW: COLUMN: メッセージ の形式で表示し、最後に概要を表示します。
終了ステータス: 0 問題なし、1 無効または重複した行あり、2 ファイルを使用できない。</translation>
    </message>
    <message>
        <source>The sheet to read from an XLSX or ODS workbook (default: the first one).</source>
        <translation>XLSX または ODS ブックから読み取るシート (既定値: 最初のシート)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>無効な JSON: オフセット %2 で %1</translation>
    </message>
    <message>
        <source>must be a JSON object, not an array</source>
        <translation>配列ではなく JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <source>must be a JSON object, not a string</source>
        <translation>文字列ではなく JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <source>must be a JSON object, not a number</source>
        <translation>数値ではなく JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <source>must be a JSON object, not true or false</source>
        <translation>true や false ではなく JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <source>must be a JSON object, not null</source>
        <translation>null ではなく JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; は有効な URL ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL; write it in full, like https://example.com/welcome</source>
        <translation>&apos;%1&apos; は絶対 URL ではありません。https://example.com/welcome のように完全な形で書いてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; は http または https の URL ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host name; write it like https://example.com/welcome</source>
        <translation>&apos;%1&apos; にはホスト名がありません。https://example.com/welcome のように書いてください</translation>
    </message>
    <message>
        <source>the default role is empty; role keys look like org:member</source>
        <translation>既定のロールが空です。ロールキーは org:member のような形式です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role key; role keys look like org:admin</source>
        <translation>&apos;%1&apos; はロールキーではありません。ロールキーは org:admin のような形式です</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>%1 行目、%2: %3</translation>
    </message>
    <message>
        <source>missing email address</source>
        <translation>メールアドレスがありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation>&apos;%1&apos; は有効なメールアドレスではありません</translation>
    </message>
    <message>
        <source>no role given and the default role &apos;%1&apos; is not a role key; role keys look like org:admin</source>
        <translation>ロールが指定されておらず、既定のロール &apos;%1&apos; はロールキーではありません。ロールキーは org:admin のような形式です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Clerk user id; user ids look like user_2NNEqL2nrIRdJ194ndJqAHwEfxC</source>
        <translation>&apos;%1&apos; は Clerk のユーザー ID ではありません。ユーザー ID は user_2NNEqL2nrIRdJ194ndJqAHwEfxC のような形式です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of days</source>
        <translation>&apos;%1&apos; は整数の日数ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range; invitations expire in %2 to %3 days</source>
        <translation>&apos;%1&apos; は範囲外です。招待の有効期限は %2〜%3 日です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a yes or no; write true or false, yes or no, 1 or 0</source>
        <translation>&apos;%1&apos; は「はい/いいえ」の値ではありません。true か false、yes か no、1 か 0 で書いてください</translation>
    </message>
</context>
<context>
    <name>WaitReason</name>
    <message>
        <source>rate limit: %1 used, next call at %2</source>
        <translation>レート制限: 使用済み %1、次の呼び出しは %2</translation>
    </message>
    <message>
        <source>Clerk asked to wait (429): next call at %1</source>
        <translation>Clerk から待機を求められました (429)。次の呼び出しは %1</translation>
    </message>
    <message>
        <source>no definite answer from Clerk (%1): trying again (attempt %2 of %3) at %4</source>
        <translation>Clerk から確定した応答がありません (%1)。%4 に再試行します (%3 回中 %2 回目)</translation>
    </message>
    <message>
        <source>looking the invitations up again after an error (%1) at %2</source>
        <translation>エラー (%1) のため、%2 に招待を再確認します</translation>
    </message>
    <message>
        <source>second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>1 分</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is damaged: %1 is not well-formed XML.</source>
        <translation>ファイルが破損しています: %1 は整形式の XML ではありません。</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook: it has no workbook part.</source>
        <translation>このファイルは XLSX ブックではありません (ブックのパートがありません)。</translation>
    </message>
    <message>
        <source>The file holds more than %1 different texts; at most %1 are supported.</source>
        <translation>ファイルに含まれる異なるテキストが %1 個を超えています。最大 %1 個まで対応しています。</translation>
    </message>
    <message>
        <source>The file is damaged: the part of sheet “%1” is missing.</source>
        <translation>ファイルが破損しています: シート「%1」のパートがありません。</translation>
    </message>
    <message>
        <source>Sheet “%1” is a chart or dialog sheet, not a table of rows.</source>
        <translation>シート「%1」は行の表ではなく、グラフシートまたはダイアログシートです。</translation>
    </message>
    <message>
        <source>The file is damaged: sheet “%1”, cell %2%3 refers to a shared text that does not exist.</source>
        <translation>ファイルが破損しています: シート「%1」のセル %2%3 が存在しない共有テキストを参照しています。</translation>
    </message>
    <message>
        <source>The file is damaged: %1, line %2: %3.</source>
        <translation>ファイルが破損しています: %1、%2 行目: %3。</translation>
    </message>
    <message>
        <source>XLSX</source>
        <translation>XLSX</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Could not write the part %1: %2</source>
        <translation>パート %1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not start the workbook: %1</source>
        <translation>ブックを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not write the sheet: %1</source>
        <translation>シートを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Could not write the workbook: %1</source>
        <translation>ブックを書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <source>The file is password-protected; open it in your spreadsheet program and save it without a password.</source>
        <translation>ファイルはパスワードで保護されています。表計算ソフトで開き、パスワードなしで保存してください。</translation>
    </message>
    <message>
        <source>The file is damaged: it is not a complete ZIP archive.</source>
        <translation>ファイルが破損しています: 完全な ZIP アーカイブではありません。</translation>
    </message>
    <message>
        <source>The file holds %1 parts; at most %2 are supported.</source>
        <translation>ファイルには %1 個のパートがあります。最大 %2 個まで対応しています。</translation>
    </message>
    <message>
        <source>The file is damaged: its ZIP directory cannot be read.</source>
        <translation>ファイルが破損しています: ZIP のディレクトリを読み取れません。</translation>
    </message>
    <message>
        <source>The file uses a ZIP compression method (%1) that Invitedesk cannot read; save it again from your spreadsheet program.</source>
        <translation>ファイルは Invitedesk が読み取れない ZIP 圧縮方式 (%1) を使っています。表計算ソフトから保存し直してください。</translation>
    </message>
    <message>
        <source>The file unpacks to more than %1; at most %1 are supported.</source>
        <translation>ファイルの展開後のサイズが %1 を超えています。最大 %1 まで対応しています。</translation>
    </message>
    <message>
        <source>The part “%1” unpacks to %2 from only %3, more than %4 to 1: the file looks like a zip bomb and is not read.</source>
        <translation>パート「%1」はわずか %3 から %2 に展開されます (%4 対 1 を超えています)。ZIP 爆弾と思われるため読み取りません。</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” is missing.</source>
        <translation>ファイルが破損しています: パート「%1」がありません。</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” cannot be unpacked.</source>
        <translation>ファイルが破損しています: パート「%1」を展開できません。</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” is larger than %2.</source>
        <translation>ファイルが破損しています: パート「%1」が %2 より大きくなっています。</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” cannot be unpacked (its data does not match its checksum).</source>
        <translation>ファイルが破損しています: パート「%1」を展開できません (データがチェックサムと一致しません)。</translation>
    </message>
    <message>
        <source>The file is damaged: the part “%1” ends before the size its ZIP headers declare.</source>
        <translation>ファイルが破損しています: パート「%1」が ZIP ヘッダーの示すサイズより前で終わっています。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Invite many people into a Clerk organization.</source>
        <translation>多数の人を Clerk 組織に招待します。</translation>
    </message>
    <message>
        <source>An invitee file to open.</source>
        <translation>開く招待対象ファイル。</translation>
    </message>
    <message>
        <source>Send to the built-in sandbox even when a secret key is remembered.</source>
        <translation>シークレットキーが保存されていても組み込みサンドボックスに送信します。</translation>
    </message>
</context>
</TS>
