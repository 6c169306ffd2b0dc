<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AdcWork</name>
    <message>
        <source>series %1 has no images in the store</source>
        <translation>シリーズ %1 の画像がストアにありません</translation>
    </message>
    <message>
        <source>Loading the diffusion series</source>
        <translation>拡散強調シリーズを読み込んでいます</translation>
    </message>
    <message>
        <source>series %1: %2</source>
        <translation>シリーズ %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Computing the ADC</source>
        <translation>ADC を計算しています</translation>
    </message>
    <message>
        <source>Writing the ADC map</source>
        <translation>ADC マップを書き出しています</translation>
    </message>
    <message>
        <source>Filing the ADC map</source>
        <translation>ADC マップをストアに登録しています</translation>
    </message>
    <message>
        <source>series %1 is not an ADC map (no um2/s value mapping, no ADC in its description)</source>
        <translation>シリーズ %1 は ADC マップではありません（um2/s の値マッピングも、説明・画像種別の ADC もありません）</translation>
    </message>
    <message>
        <source>series %1: the diffusion series it was computed from is not in the store; threshold without the high-b condition</source>
        <translation>シリーズ %1: 計算元の拡散強調シリーズがストアにありません。高 b 値条件なしで閾値処理してください</translation>
    </message>
    <message>
        <source>the highest-b image is not on the grid of the ADC map</source>
        <translation>最高 b 値の画像が ADC マップと同じ格子上にありません</translation>
    </message>
    <message>
        <source>the ADC map is not stored as float values</source>
        <translation>ADC マップが浮動小数点値で保存されていません</translation>
    </message>
    <message>
        <source>series %1 has no segments: threshold it first (adc threshold)</source>
        <translation>シリーズ %1 にセグメントがありません。先に閾値処理してください（adc threshold）</translation>
    </message>
    <message>
        <source>series %1 is not one parametric map object</source>
        <translation>シリーズ %1 は 1 つのパラメトリックマップオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1 already exists; an export never replaces a file</source>
        <translation>%1 は既に存在します。エクスポートはファイルを上書きしません</translation>
    </message>
    <message>
        <source>the ADC map is not loaded</source>
        <translation>ADC マップが読み込まれていません</translation>
    </message>
</context>
<context>
    <name>Annotation</name>
    <message>
        <source>This series is also open in another RadCurator window (%1, process %2, since %3). Saves are checked against each other: the later one is told, nothing is overwritten.</source>
        <translation>このシリーズは別の RadCurator ウィンドウでも開かれています（%1、プロセス %2、%3 から）。保存は互いに照合され、後から保存した側に通知されます。上書きはされません。</translation>
    </message>
    <message>
        <source>no series is open</source>
        <translation>シリーズが開かれていません</translation>
    </message>
    <message>
        <source>open a series first</source>
        <translation>先にシリーズを開いてください</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>セグメント %1</translation>
    </message>
    <message>
        <source>New segment %1</source>
        <translation>セグメント %1 を追加</translation>
    </message>
    <message>
        <source>no segment %1</source>
        <translation>セグメント %1 はありません</translation>
    </message>
    <message>
        <source>Delete segment %1</source>
        <translation>セグメント %1 を削除</translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation>セグメントには名前が必要です</translation>
    </message>
    <message>
        <source>Edit segment %1</source>
        <translation>セグメント %1 を編集</translation>
    </message>
    <message>
        <source>Verify segment %1</source>
        <translation>セグメント %1 を確認済みにする</translation>
    </message>
    <message>
        <source>segment %1 is locked</source>
        <translation>セグメント %1 はロックされています</translation>
    </message>
    <message>
        <source>Fill holes</source>
        <translation>穴埋め</translation>
    </message>
    <message>
        <source>Islands</source>
        <translation>島の処理</translation>
    </message>
    <message>
        <source>Grow by %1 mm</source>
        <translation>%1 mm 拡張</translation>
    </message>
    <message>
        <source>Shrink by %1 mm</source>
        <translation>%1 mm 縮小</translation>
    </message>
    <message>
        <source>Interpolate slices</source>
        <translation>スライス間補間</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>所見 %1</translation>
    </message>
    <message>
        <source>finding %1 exists already</source>
        <translation>所見 %1 はすでにあります</translation>
    </message>
    <message>
        <source>New finding %1</source>
        <translation>所見 %1 を追加</translation>
    </message>
    <message>
        <source>no such finding</source>
        <translation>その所見はありません</translation>
    </message>
    <message>
        <source>a finding needs a name</source>
        <translation>所見には名前が必要です</translation>
    </message>
    <message>
        <source>Edit finding %1</source>
        <translation>所見 %1 を編集</translation>
    </message>
    <message>
        <source>Delete finding %1</source>
        <translation>所見 %1 を削除</translation>
    </message>
    <message>
        <source>the series has findings; delete them before marking it &quot;no finding&quot;</source>
        <translation>このシリーズには所見があります。「所見なし」にする前に所見を削除してください</translation>
    </message>
    <message>
        <source>Mark &quot;no finding&quot;</source>
        <translation>「所見なし」にする</translation>
    </message>
    <message>
        <source>Clear &quot;no finding&quot;</source>
        <translation>「所見なし」を解除</translation>
    </message>
    <message>
        <source>Region growing</source>
        <translation>領域拡張</translation>
    </message>
    <message>
        <source>the computed mask is not on the grid of the open series</source>
        <translation>計算したマスクが開いているシリーズと同じ格子上にありません</translation>
    </message>
    <message>
        <source>these labels are open read-only</source>
        <translation>このラベルは読み取り専用で開かれています</translation>
    </message>
    <message>
        <source>%1; the edits could not be kept on this workstation either (%2): do not close the window</source>
        <translation>%1。編集内容をこの端末にも保持できませんでした（%2）。ウィンドウを閉じないでください</translation>
    </message>
    <message>
        <source>%1. The edits are kept on this workstation and are saved as soon as the database can be reached.</source>
        <translation>%1。編集内容はこの端末に保持され、データベースに接続でき次第保存されます。</translation>
    </message>
    <message>
        <source>Edits of %1 that had not reached the database were brought back from this workstation&apos;s journal and are being saved.</source>
        <translation>%1 の時点でデータベースに届いていなかった編集を、この端末のジャーナルから復元しました。保存しています。</translation>
    </message>
    <message>
        <source>Edits of %1 kept on this workstation were made on revision %2 of these labels, but the store now holds revision %3: save them over the store&apos;s, or reload the store&apos;s to drop them.</source>
        <translation>この端末に保持された %1 の編集はラベルのリビジョン %2 に対するものですが、ストアは現在リビジョン %3 です。ストアの内容に上書き保存するか、ストアの内容を再読み込みして編集を破棄してください。</translation>
    </message>
</context>
<context>
    <name>AnnotationTools</name>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>there is no segment to erase from</source>
        <translation>消去するセグメントがありません</translation>
    </message>
    <message>
        <source>segment %1 is locked</source>
        <translation>セグメント %1 はロックされています</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <source>Threshold brush</source>
        <translation>しきい値ブラシ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>another operation is still running, or the segment is locked</source>
        <translation>別の処理が実行中か、セグメントがロックされています</translation>
    </message>
</context>
<context>
    <name>BoneScan</name>
    <message>
        <source>skull</source>
        <translation>頭蓋骨</translation>
    </message>
    <message>
        <source>cervical spine</source>
        <translation>頸椎</translation>
    </message>
    <message>
        <source>thoracic spine</source>
        <translation>胸椎</translation>
    </message>
    <message>
        <source>lumbar spine</source>
        <translation>腰椎</translation>
    </message>
    <message>
        <source>sternum</source>
        <translation>胸骨</translation>
    </message>
    <message>
        <source>ribs R</source>
        <translation>右肋骨</translation>
    </message>
    <message>
        <source>ribs L</source>
        <translation>左肋骨</translation>
    </message>
    <message>
        <source>scapula R</source>
        <translation>右肩甲骨</translation>
    </message>
    <message>
        <source>scapula L</source>
        <translation>左肩甲骨</translation>
    </message>
    <message>
        <source>clavicle R</source>
        <translation>右鎖骨</translation>
    </message>
    <message>
        <source>clavicle L</source>
        <translation>左鎖骨</translation>
    </message>
    <message>
        <source>humerus R</source>
        <translation>右上腕骨</translation>
    </message>
    <message>
        <source>humerus L</source>
        <translation>左上腕骨</translation>
    </message>
    <message>
        <source>pelvis</source>
        <translation>骨盤</translation>
    </message>
    <message>
        <source>sacrum</source>
        <translation>仙骨</translation>
    </message>
    <message>
        <source>femur R</source>
        <translation>右大腿骨</translation>
    </message>
    <message>
        <source>femur L</source>
        <translation>左大腿骨</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>metastasis</source>
        <translation>転移</translation>
    </message>
    <message>
        <source>equivocal</source>
        <translation>判定保留</translation>
    </message>
    <message>
        <source>benign / degenerative</source>
        <translation>良性・変性</translation>
    </message>
    <message>
        <source>%1 may not see the comparison: that needs the role reviewer or data-manager</source>
        <translation>%1 は比較を見られません: レビュアーまたはデータ管理者の役割が必要です</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;</source>
        <translation>不明な部位「%1」</translation>
    </message>
    <message>
        <source>unknown call &quot;%1&quot;</source>
        <translation>不明な判定「%1」</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;</source>
        <translation>不明な像「%1」</translation>
    </message>
    <message>
        <source>an EOD grade is 0 to 4, not %1</source>
        <translation>EOD は 0〜4 です(%1 ではありません)</translation>
    </message>
    <message>
        <source>the EOD grade %1 differs from the count&apos;s grade %2: give the reason</source>
        <translation>EOD %1 は転移数による EOD %2 と異なります: 理由を入力してください</translation>
    </message>
    <message>
        <source>%1 is not a case of %2</source>
        <translation>%1 は %2 の症例ではありません</translation>
    </message>
    <message>
        <source>import readings</source>
        <translation>読影を取り込む</translation>
    </message>
    <message>
        <source>%1: no patient_code or patient_id column</source>
        <translation>%1: patient_code または patient_id の列がありません</translation>
    </message>
    <message>
        <source>the rows name patients by their original ID: the correspondence table is needed</source>
        <translation>行は元の患者 ID で患者を示しています: 対応表が必要です</translation>
    </message>
    <message>
        <source>%1: no reader column</source>
        <translation>%1: reader の列がありません</translation>
    </message>
    <message>
        <source>%1: no metastases, eod or metastasis column</source>
        <translation>%1: metastases・eod・metastasis のいずれの列もありません</translation>
    </message>
    <message>
        <source>no case of %1 belongs to a patient with this ID</source>
        <translation>%1 にこの ID の患者の症例はありません</translation>
    </message>
    <message>
        <source>no case of %1 belongs to patient %2</source>
        <translation>%1 に患者 %2 の症例はありません</translation>
    </message>
    <message numerus="yes">
        <source>the patient has %n cases in the project: give the study_date</source>
        <translation>
            <numerusform>この患者はプロジェクトに %n 症例あります: study_date を指定してください</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not one of this store&apos;s people</source>
        <translation>%1 はこのストアの登録者ではありません</translation>
    </message>
    <message>
        <source>%1 is a model: a program&apos;s result is not a reader&apos;s reading</source>
        <translation>%1 はモデルです: プログラムの結果は読影医の読影ではありません</translation>
    </message>
    <message>
        <source>%1 is not assigned to this case</source>
        <translation>%1 はこの症例に割り当てられていません</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number from 0 to %3</source>
        <translation>%1「%2」は 0〜%3 の整数ではありません</translation>
    </message>
    <message>
        <source>the count of metastases</source>
        <translation>転移数</translation>
    </message>
    <message>
        <source>the EOD grade</source>
        <translation>EOD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes/no, 1/0 or あり/なし</source>
        <translation>「%1」は yes/no、1/0、あり/なし のいずれでもありません</translation>
    </message>
    <message>
        <source>the row gives no reading</source>
        <translation>この行には読影がありません</translation>
    </message>
    <message numerus="yes">
        <source>as given on paper (%n metastases give EOD %1)</source>
        <translation>
            <numerusform>紙の記載のとおり(転移 %n 個なら EOD %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>metastasis &quot;no&quot; with %n metastases counted</source>
        <translation>
            <numerusform>転移数 %n 個なのに転移「なし」</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 read this case in the viewer; that reading is kept</source>
        <translation>%1 はこの症例をビューアで読影済みです: その読影を残します</translation>
    </message>
    <message numerus="yes">
        <source>the ID belongs to %n patients (several issuers)</source>
        <translation>
            <numerusform>この ID は %n 人の患者のものです(発行者が複数)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: JSON オブジェクトではありません(%2)</translation>
    </message>
    <message>
        <source>%1: &quot;key&quot; needs a &quot;column&quot;</source>
        <translation>%1: &quot;key&quot; には &quot;column&quot; が必要です</translation>
    </message>
    <message>
        <source>%1: key kind &quot;%2&quot; is neither patient-code nor original-id</source>
        <translation>%1: キーの種類「%2」は patient-code でも original-id でもありません</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (fields: %3)</source>
        <translation>%1: 不明な項目「%2」(項目: %3)</translation>
    </message>
    <message>
        <source>%1: unknown region &quot;%2&quot; (regions: %3)</source>
        <translation>%1: 不明な部位「%2」(部位: %3)</translation>
    </message>
    <message>
        <source>%1: the mapping names no column for &quot;%2&quot;</source>
        <translation>%1: 対応付けに「%2」の列がありません</translation>
    </message>
    <message>
        <source>no patient_code or patient_id column (columns: %1)</source>
        <translation>patient_code または patient_id の列がありません(列: %1)</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; column (columns: %2)</source>
        <translation>「%1」の列がありません(列: %2)</translation>
    </message>
    <message>
        <source>neither a &quot;bsi&quot; nor a &quot;hotspots&quot; column (columns: %1)</source>
        <translation>&quot;bsi&quot; の列も &quot;hotspots&quot; の列もありません(列: %1)</translation>
    </message>
    <message>
        <source>%1: no column &quot;%2&quot;</source>
        <translation>%1: 列「%2」がありません</translation>
    </message>
    <message>
        <source>%1: no column &quot;%2&quot; (for %3)</source>
        <translation>%1: 列「%2」がありません(%3 用)</translation>
    </message>
    <message>
        <source>%1: no column &quot;%2&quot; (for the BSI of %3)</source>
        <translation>%1: 列「%2」がありません(%3 の BSI 用)</translation>
    </message>
    <message>
        <source>no patient %1 in the store</source>
        <translation>ストアに患者 %1 はいません</translation>
    </message>
    <message>
        <source>no patient of the store has this ID</source>
        <translation>ストアにこの ID の患者はいません</translation>
    </message>
    <message>
        <source>no program named</source>
        <translation>プログラム名がありません</translation>
    </message>
    <message>
        <source>no tracer given</source>
        <translation>トレーサーがありません</translation>
    </message>
    <message>
        <source>unknown tracer &quot;%1&quot; (99mTc-MDP or 99mTc-HMDP)</source>
        <translation>不明なトレーサー「%1」(99mTc-MDP または 99mTc-HMDP)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>「%1」は日付ではありません</translation>
    </message>
    <message>
        <source>BSI &quot;%1&quot; is not a percentage from 0 to 100</source>
        <translation>BSI「%1」は 0〜100 の百分率ではありません</translation>
    </message>
    <message>
        <source>hotspot count &quot;%1&quot; is not a whole number &gt;= 0</source>
        <translation>ホットスポット数「%1」は 0 以上の整数ではありません</translation>
    </message>
    <message>
        <source>the row gives neither a BSI nor a hotspot count</source>
        <translation>この行には BSI もホットスポット数もありません</translation>
    </message>
    <message>
        <source>repeats row %1 (same patient, program and version)</source>
        <translation>%1 行目の繰り返しです(同じ患者・プログラム・バージョン)</translation>
    </message>
    <message>
        <source>%1&apos;s reading, shown to %2</source>
        <translation>%1 の読影(%2 が閲覧)</translation>
    </message>
    <message>
        <source>no bone-scan reading is open</source>
        <translation>骨シンチの読影が開かれていません</translation>
    </message>
    <message>
        <source>the reading is read-only</source>
        <translation>この読影は読み取り専用です</translation>
    </message>
    <message>
        <source>no mark %1 to link to</source>
        <translation>対応づける印 %1 がありません</translation>
    </message>
    <message>
        <source>no mark %1</source>
        <translation>印 %1 がありません</translation>
    </message>
    <message>
        <source>no such pair of marks</source>
        <translation>その印の組はありません</translation>
    </message>
    <message>
        <source>a lesion is linked across the views, anterior to posterior</source>
        <translation>病変の対応づけは前面像と後面像の間で行います</translation>
    </message>
</context>
<context>
    <name>CaseSheet</name>
    <message>
        <source>none of the chosen cases (%1) is in the store</source>
        <translation>選んだ症例（%1）はどれもストアにありません</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: ワークブックを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: ワークブックを書き込めません: %2</translation>
    </message>
    <message>
        <source>no built-in sheet template &quot;%1&quot; (there are: %2)</source>
        <translation>組み込みのシートテンプレート「%1」はありません（あるもの: %2）</translation>
    </message>
    <message>
        <source>%1: cannot read the sheet template: %2</source>
        <translation>%1: シートテンプレートを読めません: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <source>%1, key format: only format 1 is known</source>
        <translation>%1、キー format: 対応している形式は 1 だけです</translation>
    </message>
    <message>
        <source>%1, key columns: a list [...] is needed</source>
        <translation>%1、キー columns: リスト [...] が必要です</translation>
    </message>
    <message>
        <source>sheet template %1: the clinical template &quot;%2&quot; has no field &quot;%3&quot;</source>
        <translation>シートテンプレート %1: 臨床テンプレート「%2」に項目「%3」はありません</translation>
    </message>
    <message>
        <source>sheet template %1: no column &quot;%2&quot;</source>
        <translation>シートテンプレート %1: 列「%2」はありません</translation>
    </message>
    <message>
        <source>%1 characters; a spreadsheet cell holds at most %2</source>
        <translation>%1 文字あります。表計算のセルに入るのは %2 文字までです</translation>
    </message>
    <message>
        <source>holds a NUL character</source>
        <translation>NUL 文字を含んでいます</translation>
    </message>
    <message>
        <source>contains %1</source>
        <translation>%1 を含んでいます</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>cases</source>
        <translation>症例</translation>
    </message>
    <message>
        <source>bias %1</source>
        <translation>偏り %1</translation>
    </message>
    <message>
        <source>lower limit %1</source>
        <translation>下限 %1</translation>
    </message>
    <message>
        <source>upper limit %1</source>
        <translation>上限 %1</translation>
    </message>
</context>
<context>
    <name>ClinicalImport</name>
    <message>
        <source>%1: not a mapping: %2</source>
        <translation>%1: 対応付けではありません: %2</translation>
    </message>
    <message>
        <source>%1: key kind &quot;%2&quot; is neither patient-code nor original-id</source>
        <translation>%1: キーの種類「%2」は patient-code でも original-id でもありません</translation>
    </message>
    <message>
        <source>%1: the key column is missing (&quot;key&quot;: {&quot;column&quot;: ...})</source>
        <translation>%1: キーの列がありません（&quot;key&quot;: {&quot;column&quot;: ...}）</translation>
    </message>
    <message>
        <source>no column names the patient (%1, or %2 inside the hospital); give a mapping file</source>
        <translation>患者を示す列がありません（%1、院内では %2）。対応付けファイルを指定してください</translation>
    </message>
    <message>
        <source>the sheet has no column &quot;%1&quot;</source>
        <translation>シートに列「%1」がありません</translation>
    </message>
    <message>
        <source>rows are matched by the original patient ID: the correspondence table&apos;s passphrase is needed</source>
        <translation>行を元の患者 ID で照合します: 対応表のパスフレーズが必要です</translation>
    </message>
    <message>
        <source>the template &quot;%1&quot; has no field &quot;%2&quot;</source>
        <translation>テンプレート「%1」に項目「%2」はありません</translation>
    </message>
    <message numerus="yes">
        <source>the ID belongs to %n patients (several issuers)</source>
        <translation>
            <numerusform>その ID は %n 人の患者に該当します（複数の発行者）</numerusform>
        </translation>
    </message>
    <message>
        <source>no patient %1 in the store</source>
        <translation>ストアに患者 %1 はいません</translation>
    </message>
    <message>
        <source>no patient of the store has this ID</source>
        <translation>この ID の患者はストアにいません</translation>
    </message>
    <message>
        <source>refused: contains %1</source>
        <translation>拒否: %1 を含んでいます</translation>
    </message>
</context>
<context>
    <name>ClinicalRecord</name>
    <message>
        <source>no patient is open</source>
        <translation>患者が開かれていません</translation>
    </message>
</context>
<context>
    <name>ClinicalTemplate</name>
    <message>
        <source>no built-in clinical template &quot;%1&quot; (there are: %2)</source>
        <translation>組み込みの臨床テンプレート「%1」はありません（あるもの: %2）</translation>
    </message>
    <message>
        <source>%1: cannot read the template: %2</source>
        <translation>%1: テンプレートを読めません: %2</translation>
    </message>
    <message>
        <source>must be an object {...}</source>
        <translation>オブジェクト {...} である必要があります</translation>
    </message>
    <message>
        <source>only format 1 is known</source>
        <translation>対応している形式は 1 だけです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>「%1」が二回使われています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field type (integer, number, text, choice, date)</source>
        <translation>「%1」は項目の型ではありません（integer, number, text, choice, date）</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>数値である必要があります</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true か false である必要があります</translation>
    </message>
    <message>
        <source>needs at least one choice</source>
        <translation>選択肢が一つ以上必要です</translation>
    </message>
    <message>
        <source>the template &quot;%1&quot; has no field &quot;%2&quot;</source>
        <translation>テンプレート「%1」に項目「%2」はありません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: 「%2」は数値ではありません</translation>
    </message>
    <message>
        <source>%1: a whole number is needed, not %2</source>
        <translation>%1: 整数が必要です（%2 ではなく）</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 to %4</source>
        <translation>%1: %2 は %3 ～ %4 の範囲外です</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices</source>
        <translation>%1: 「%2」は選択肢にありません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: 「%2」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
</context>
<context>
    <name>Consensus</name>
    <message>
        <source>STAPLE needs the masks of two readers or more</source>
        <translation>STAPLE には 2 人以上の読影者のマスクが必要です</translation>
    </message>
    <message>
        <source>the readers&apos; masks are on different grids</source>
        <translation>読影者のマスクのグリッドが一致しません</translation>
    </message>
    <message>
        <source>STAPLE failed: %1</source>
        <translation>STAPLE に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>DatasetExport</name>
    <message>
        <source>%1: cannot be written to disk</source>
        <translation>%1: ディスクに書き込めません</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot write the DICOMDIR: %1</source>
        <translation>DICOMDIR を書き込めません: %1</translation>
    </message>
    <message>
        <source>the correspondence table is needed: every file is scanned for the patients&apos; identifiers</source>
        <translation>対応表が必要です: すべてのファイルを患者の識別情報について検査します</translation>
    </message>
    <message>
        <source>the store&apos;s de-identification profile is needed for an export</source>
        <translation>エクスポートにはストアの匿名化プロファイルが必要です</translation>
    </message>
    <message>
        <source>name the partner the dataset goes to</source>
        <translation>データセットの提供先を指定してください</translation>
    </message>
    <message>
        <source>%1 already exists; an export never replaces anything</source>
        <translation>%1 はすでにあります。エクスポートは何も置き換えません</translation>
    </message>
    <message>
        <source>%1 is inside the case store; choose a place outside it</source>
        <translation>%1 は症例ストアの中です。ストアの外を選んでください</translation>
    </message>
    <message>
        <source>%1: no such case in the store</source>
        <translation>%1: その症例はストアにありません</translation>
    </message>
    <message>
        <source>Checking the cases</source>
        <translation>症例を確認中</translation>
    </message>
    <message numerus="yes">
        <source>%1: series %2 has %n image(s) that may carry burned-in text and await review</source>
        <translation>
            <numerusform>%1: シリーズ %2 に、焼き込み文字の可能性があり確認待ちの画像が %n 枚あります</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: segment &quot;%2&quot; of series %3 was made by %4 and no reader has verified it</source>
        <translation>%1: シリーズ %3 のセグメント「%2」は %4 が作成し、まだ誰も確認していません</translation>
    </message>
    <message>
        <source>%1: the case sheet&apos;s row %2, column %3 is empty</source>
        <translation>%1: 症例シートの %2 行目、%3 列が空欄です</translation>
    </message>
    <message>
        <source>the export was stopped before anything was written:
%1</source>
        <translation>何も書き込む前にエクスポートを中止しました:
%1</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダを作成できません</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 を書き込み中</translation>
    </message>
    <message>
        <source>%1: the labels of series %2: %3</source>
        <translation>%1: シリーズ %2 のラベル: %3</translation>
    </message>
    <message>
        <source>%1: cannot be placed in the package</source>
        <translation>%1: パッケージに配置できません</translation>
    </message>
    <message>
        <source>Writing the case sheet and the DICOMDIR</source>
        <translation>症例シートと DICOMDIR を書き込み中</translation>
    </message>
    <message>
        <source>%1 is a file of the correspondence table; the export was stopped</source>
        <translation>%1 は対応表のファイルです。エクスポートを中止しました</translation>
    </message>
    <message>
        <source>Recording the export</source>
        <translation>エクスポートを記録中</translation>
    </message>
    <message>
        <source>%1: cannot be given its name</source>
        <translation>%1: 名前を付けられません</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>%1: no %2 (not a RadCurator package?)</source>
        <translation>%1: %2 がありません（RadCurator のパッケージではない？）</translation>
    </message>
    <message>
        <source>%1: a line that is not &quot;hash  file&quot;: %2</source>
        <translation>%1: 「ハッシュ  ファイル」の形でない行: %2</translation>
    </message>
    <message>
        <source>%1: leads outside the package</source>
        <translation>%1: パッケージの外を指しています</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: ありません</translation>
    </message>
    <message>
        <source>%1: changed (SHA-256 %2, the manifest says %3)</source>
        <translation>%1: 変更されています（SHA-256 %2、マニフェストでは %3）</translation>
    </message>
    <message>
        <source>%1: not in the manifest</source>
        <translation>%1: マニフェストにありません</translation>
    </message>
    <message>
        <source>DICOMDIR: %1</source>
        <translation>DICOMDIR: %1</translation>
    </message>
    <message>
        <source>DICOMDIR: lists %1, which is not there</source>
        <translation>DICOMDIR: %1 を登録していますが、ありません</translation>
    </message>
    <message>
        <source>DICOMDIR: does not list %1</source>
        <translation>DICOMDIR: %1 を登録していません</translation>
    </message>
    <message>
        <source>Encrypting the archive</source>
        <translation>アーカイブを暗号化中</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>一時フォルダを作成できません</translation>
    </message>
    <message>
        <source>%1 (SOP class %2): cannot be listed in the DICOMDIR: %3</source>
        <translation>%1（SOP クラス %2）: DICOMDIR に登録できません: %3</translation>
    </message>
    <message>
        <source>%1: the case sheet&apos;s row %2, column %3: %4</source>
        <translation>%1: 症例シートの %2 行目、%3 列: %4</translation>
    </message>
    <message>
        <source>%1: series %2 of project %3 has no final labels yet (its readings are not all accepted, or the readers&apos; sets await a consensus)</source>
        <translation>%1: プロジェクト %3 のシリーズ %2 にはまだ確定したラベルがありません（読影がすべて承認されていないか、読影者のセットが合議待ちです）</translation>
    </message>
    <message>
        <source>%1: report %2 contains %3</source>
        <translation>%1: レポート %2 に %3 が含まれています</translation>
    </message>
    <message>
        <source>%1: report %2: %3</source>
        <translation>%1: レポート %2: %3</translation>
    </message>
    <message>
        <source>series %1 is not in the store</source>
        <translation>シリーズ %1 はストアにありません</translation>
    </message>
    <message>
        <source>Writing the manifest</source>
        <translation>マニフェストを書き込み中</translation>
    </message>
</context>
<context>
    <name>Deid</name>
    <message>
        <source>Burned In Annotation is YES</source>
        <translation>Burned In Annotation が YES です</translation>
    </message>
    <message>
        <source>secondary capture images often carry burned-in text</source>
        <translation>セカンダリキャプチャ画像には文字が焼き込まれていることがよくあります</translation>
    </message>
    <message>
        <source>%1 images often carry burned-in text</source>
        <translation>%1 画像には文字が焼き込まれていることがよくあります</translation>
    </message>
    <message>
        <source>a derived (secondary) image may carry burned-in text</source>
        <translation>派生（二次）画像には文字が焼き込まれている可能性があります</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot decompress the pixel data: %2</source>
        <translation>%1: ピクセルデータを展開できません: %2</translation>
    </message>
    <message>
        <source>%1: the region %2,%3 %4x%5 is not inside the %6x%7 image</source>
        <translation>%1: 領域 %2,%3 %4×%5 が %6×%7 の画像の外にあります</translation>
    </message>
    <message>
        <source>%1: masking supports 8- and 16-bit images only</source>
        <translation>%1: 塗りつぶしは 8 ビットと 16 ビットの画像にのみ対応しています</translation>
    </message>
    <message>
        <source>%1: no Pixel Data (7FE0,0010)</source>
        <translation>%1: Pixel Data (7FE0,0010) がありません</translation>
    </message>
    <message>
        <source>%1: pixel data shorter than the image</source>
        <translation>%1: ピクセルデータが画像より短いです</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: 書き込めません</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2.lock</source>
        <translation>%1: ロックファイル %2.lock を作成できません</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium を初期化できません</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 はすでに存在します</translation>
    </message>
    <message>
        <source>the passphrase must have at least 8 characters</source>
        <translation>パスフレーズは 8 文字以上にしてください</translation>
    </message>
    <message>
        <source>not enough memory to derive the key</source>
        <translation>鍵の導出に必要なメモリが足りません</translation>
    </message>
    <message>
        <source>%1: no correspondence table here</source>
        <translation>%1: 対応表がありません</translation>
    </message>
    <message>
        <source>%1: not a RadCurator correspondence table</source>
        <translation>%1: RadCurator の対応表ではありません</translation>
    </message>
    <message>
        <source>%1: written by an unknown version</source>
        <translation>%1: 未知のバージョンで書かれています</translation>
    </message>
    <message>
        <source>%1: wrong passphrase, or the file was altered</source>
        <translation>%1: パスフレーズが違うか、ファイルが改変されています</translation>
    </message>
    <message>
        <source>patient %1 opted out on %2; not imported</source>
        <translation>患者 %1 は %2 にオプトアウトしています。取り込みません</translation>
    </message>
    <message>
        <source>no patient with code %1 in the correspondence table</source>
        <translation>対応表に符号 %1 の患者はいません</translation>
    </message>
    <message>
        <source>%1: unknown table format</source>
        <translation>%1: 未知の対応表形式です</translation>
    </message>
    <message>
        <source>%1: damaged table (secret)</source>
        <translation>%1: 対応表が壊れています（秘密鍵）</translation>
    </message>
    <message>
        <source>internal: unresolved action %1 for %2</source>
        <translation>内部エラー: %2 の処理 %1 が未解決です</translation>
    </message>
    <message>
        <source>no de-identification profile</source>
        <translation>匿名化プロファイルがありません</translation>
    </message>
    <message>
        <source>no key for the UID mapping</source>
        <translation>UID 置換の鍵がありません</translation>
    </message>
    <message>
        <source>the %1 profile needs a patient code, and none was issued</source>
        <translation>%1 プロファイルには患者符号が必要ですが、発行されていません</translation>
    </message>
    <message>
        <source>%1: refused: a DICOMDIR lists patients; make a new one for the de-identified files</source>
        <translation>%1: 拒否: DICOMDIR には患者名が含まれます。匿名化したファイル用に作り直してください</translation>
    </message>
    <message>
        <source>%1: refused: cannot be written back in its transfer syntax %2</source>
        <translation>%1: 拒否: 転送構文 %2 で書き戻せません</translation>
    </message>
    <message>
        <source>an identifier of the original file</source>
        <translation>元ファイルの識別情報</translation>
    </message>
    <message>
        <source>the patient&apos;s identity</source>
        <translation>患者の識別情報</translation>
    </message>
    <message>
        <source>%1: refused: residual PHI after de-identification in %2: %3</source>
        <translation>%1: 拒否: 匿名化後も %2 に個人情報が残っています: %3</translation>
    </message>
    <message>
        <source>an identifier of patient %1 (correspondence table)</source>
        <translation>患者 %1 の識別情報（対応表）</translation>
    </message>
    <message>
        <source>private attribute that is not on the safe list</source>
        <translation>安全リストにないプライベート属性</translation>
    </message>
    <message>
        <source>overlay data the profile removes</source>
        <translation>プロファイルで削除するオーバーレイデータ</translation>
    </message>
    <message>
        <source>contains %1</source>
        <translation>%1 を含んでいます</translation>
    </message>
    <message>
        <source>person name in an attribute the profile empties or removes</source>
        <translation>プロファイルで空にするか削除する属性に人名があります</translation>
    </message>
    <message>
        <source>date in an attribute the profile empties or removes</source>
        <translation>プロファイルで空にするか削除する属性に日付があります</translation>
    </message>
    <message>
        <source>Patient Identity Removed is not YES</source>
        <translation>Patient Identity Removed が YES ではありません</translation>
    </message>
    <message>
        <source>the full-dates and modified-dates options exclude each other: choose one</source>
        <translation>日付保持と日付変更のオプションは同時に使えません。どちらかを選んでください</translation>
    </message>
    <message>
        <source>the PS3.15 Table E.1-1 resource is missing or incomplete</source>
        <translation>PS3.15 表 E.1-1 のリソースがないか不完全です</translation>
    </message>
    <message>
        <source>Table E.1-1 row %1: unknown action &apos;%2&apos;</source>
        <translation>表 E.1-1 の行 %1: 未知の処理 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Table E.1-1: cannot read tag %1</source>
        <translation>表 E.1-1: タグ %1 を読めません</translation>
    </message>
    <message>
        <source>Table E.1-1 lacks the private, curve or overlay rows</source>
        <translation>表 E.1-1 にプライベート・カーブ・オーバーレイの行がありません</translation>
    </message>
    <message>
        <source>%1: not a profile file: %2</source>
        <translation>%1: プロファイルファイルではありません: %2</translation>
    </message>
    <message>
        <source>%1: a profile must build on the basic profile</source>
        <translation>%1: プロファイルは基本プロファイルを基にしてください</translation>
    </message>
    <message>
        <source>%1: unknown option %2</source>
        <translation>%1: 未知のオプション %2</translation>
    </message>
    <message>
        <source>%1: cannot read override %2</source>
        <translation>%1: 上書き規則 %2 を読めません</translation>
    </message>
    <message>
        <source>%1: no such profile (use site, basic or a profile file)</source>
        <translation>%1: そのようなプロファイルはありません（site、basic、またはプロファイルファイルを指定）</translation>
    </message>
    <message>
        <source>%1: the method text is written into every file and must be plain ASCII</source>
        <translation>%1: 匿名化方法の文字列は全ファイルに書き込まれるため、半角英数字（ASCII）のみにしてください</translation>
    </message>
    <message>
        <source>%1: the fixed value for %2 must be plain ASCII</source>
        <translation>%1: %2 の固定値は半角英数字（ASCII）のみにしてください</translation>
    </message>
    <message>
        <source>%1 is being changed by another program (process %2 on %3) that did not finish within 30 s</source>
        <translation>%1 は別のプログラム（%3 のプロセス %2）が変更中で、30 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダを作成できません</translation>
    </message>
    <message>
        <source>%1 was replaced by another correspondence table while it was open; nothing was changed</source>
        <translation>%1 は開いている間に別の対応表に置き換えられました。何も変更していません</translation>
    </message>
    <message>
        <source>refused: the report&apos;s text cannot be converted to UTF-8 for cleaning: %1</source>
        <translation>拒否: 匿名化のためにレポート本文を UTF-8 に変換できません: %1</translation>
    </message>
    <message>
        <source>%1: refused: an encapsulated PDF report&apos;s text cannot be de-identified reliably; import the report as text (radcurator-cli reports import, CSV or HL7)</source>
        <translation>%1: 拒否: PDF のレポートは本文を確実に匿名化できません。レポートはテキストで取り込んでください(radcurator-cli reports import、CSV または HL7)</translation>
    </message>
</context>
<context>
    <name>Dicom</name>
    <message>
        <source>%1 (%2) pixel data cannot be decoded: no decoder for it in this build</source>
        <translation>%1 (%2) のピクセルデータは復号できません: このビルドには対応するデコーダがありません</translation>
    </message>
    <message>
        <source>unknown transfer syntax %1</source>
        <translation>不明な転送構文 %1</translation>
    </message>
    <message>
        <source>%1 pixel data cannot be decoded: no decoder for it in this build</source>
        <translation>%1 のピクセルデータは復号できません: このビルドには対応するデコーダがありません</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: ファイルが見つかりません</translation>
    </message>
    <message>
        <source>%1: not a DICOM file</source>
        <translation>%1: DICOM ファイルではありません</translation>
    </message>
    <message>
        <source>%1: the file is truncated (it ends before its data does)</source>
        <translation>%1: ファイルが途中で切れています（データの途中で終わっています）</translation>
    </message>
    <message>
        <source>%1: the file is damaged or truncated inside its header</source>
        <translation>%1: ファイルのヘッダ部分が壊れているか途中で切れています</translation>
    </message>
    <message>
        <source>%1: missing SOP Instance UID (0008,0018)</source>
        <translation>%1: SOP Instance UID (0008,0018) がありません</translation>
    </message>
    <message>
        <source>%1: missing Study Instance UID (0020,000D)</source>
        <translation>%1: Study Instance UID (0020,000D) がありません</translation>
    </message>
    <message>
        <source>%1: missing Series Instance UID (0020,000E)</source>
        <translation>%1: Series Instance UID (0020,000E) がありません</translation>
    </message>
    <message>
        <source>%1: not an image (no Rows/Columns)</source>
        <translation>%1: 画像ではありません（Rows/Columns がありません）</translation>
    </message>
    <message>
        <source>%1: unsupported Samples per Pixel %2 (0028,0002)</source>
        <translation>%1: 未対応の Samples per Pixel %2 (0028,0002)</translation>
    </message>
    <message>
        <source>%1: unsupported Bits Allocated %2 (0028,0100)</source>
        <translation>%1: 未対応の Bits Allocated %2 (0028,0100)</translation>
    </message>
    <message>
        <source>%1: frame %2</source>
        <translation>%1: フレーム %2</translation>
    </message>
    <message>
        <source>%1: no pixel data %2</source>
        <translation>%1: ピクセルデータ %2 がありません</translation>
    </message>
    <message>
        <source>%1: pixel data is shorter than Rows x Columns x Number of Frames</source>
        <translation>%1: ピクセルデータが Rows × Columns × フレーム数 より短いです</translation>
    </message>
    <message>
        <source>%1: cannot read float pixel data</source>
        <translation>%1: 浮動小数点ピクセルデータを読めません</translation>
    </message>
    <message>
        <source>%1: cannot read double pixel data</source>
        <translation>%1: 倍精度ピクセルデータを読めません</translation>
    </message>
    <message>
        <source>%1: no Pixel Data (7FE0,0010)</source>
        <translation>%1: Pixel Data (7FE0,0010) がありません</translation>
    </message>
    <message>
        <source>%1: frame too large</source>
        <translation>%1: フレームが大きすぎます</translation>
    </message>
    <message>
        <source>%1: pixel data is truncated (%2 bytes, %3 expected)</source>
        <translation>%1: ピクセルデータが途中で切れています（%2 バイト、必要 %3 バイト）</translation>
    </message>
    <message>
        <source>%1: cannot decode %2 pixel data: %3</source>
        <translation>%1: %2 のピクセルデータを復号できません: %3</translation>
    </message>
    <message>
        <source>%1: unsupported Bits Allocated %2</source>
        <translation>%1: 未対応の Bits Allocated %2</translation>
    </message>
    <message>
        <source>%1: palette image in a grayscale series</source>
        <translation>%1: グレースケールのシリーズにパレットカラー画像が含まれています</translation>
    </message>
    <message>
        <source>%1: segmented palette colour lookup tables are not supported</source>
        <translation>%1: セグメント化パレットカラー LUT には対応していません</translation>
    </message>
    <message>
        <source>%1: palette colour lookup table missing or invalid (0028,1101-1203)</source>
        <translation>%1: パレットカラー LUT がないか不正です (0028,1101-1203)</translation>
    </message>
    <message>
        <source>%1: colour image in a grayscale series</source>
        <translation>%1: グレースケールのシリーズにカラー画像が含まれています</translation>
    </message>
    <message>
        <source>oblique</source>
        <translation>斜位</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>軸位</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>冠状</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>矢状</translation>
    </message>
    <message>
        <source>echo %1</source>
        <translation>エコー %1</translation>
    </message>
    <message>
        <source>time %1</source>
        <translation>時相 %1</translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation>スタック %1</translation>
    </message>
    <message>
        <source>irregular slice spacing (%1 to %2 mm); slices are shown evenly spaced at %3 mm</source>
        <translation>スライス間隔が不均一です（%1〜%2 mm）。%3 mm の等間隔として表示しています</translation>
    </message>
    <message>
        <source>slices are sheared (gantry tilt); shown without shear correction</source>
        <translation>スライスがずれています（ガントリー傾斜）。補正せずに表示しています</translation>
    </message>
    <message>
        <source>Decoding images</source>
        <translation>画像を復号しています</translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>読み込みを中止しました</translation>
    </message>
    <message>
        <source>no files to load</source>
        <translation>読み込むファイルがありません</translation>
    </message>
    <message>
        <source>no loadable image among %1 files; first problem: %2</source>
        <translation>%1 個のファイルに読み込める画像がありません。最初の問題: %2</translation>
    </message>
    <message>
        <source>%1: pixel values out of range</source>
        <translation>%1: 画素値が範囲外です</translation>
    </message>
    <message>
        <source>series holds %1 stacks; showing %2</source>
        <translation>このシリーズには %1 個のスタックがあります。%2 を表示しています</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the series skipped; first: %1</source>
        <translation>
            <numerusform>シリーズの %n 個のファイルを読み飛ばしました。最初: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the reference %2 leads outside the medium; refused</source>
        <translation>%1: 参照 %2 は媒体の外を指しています。拒否しました</translation>
    </message>
    <message>
        <source>%1: the reference %2 is a link to a file outside the medium; refused</source>
        <translation>%1: 参照 %2 は媒体の外のファイルへのリンクです。拒否しました</translation>
    </message>
    <message>
        <source>%1: refused: sequences nested %2 levels deep (more than %3 cannot be read safely)</source>
        <translation>%1: 拒否: シーケンスが %2 階層に入れ子になっています（%3 階層を超えると安全に読めません）</translation>
    </message>
    <message>
        <source>%1: refused: more than %2 data elements</source>
        <translation>%1: 拒否: データ要素が %2 個を超えています</translation>
    </message>
    <message>
        <source>%1: the RLE offset table points between fragments</source>
        <translation>%1: RLE のオフセット表がフラグメントの途中を指しています</translation>
    </message>
    <message>
        <source>%1: RLE frame %2 is damaged: %3</source>
        <translation>%1: RLE フレーム %2 が壊れています: %3</translation>
    </message>
    <message>
        <source>shorter than its 64-byte header</source>
        <translation>64 バイトのヘッダーより短い</translation>
    </message>
    <message>
        <source>%1 segments (1 to 15 are possible)</source>
        <translation>セグメント数 %1（1〜15 のみ可）</translation>
    </message>
    <message>
        <source>%1 segments where the image needs %2</source>
        <translation>セグメント数 %1（画像に必要なのは %2）</translation>
    </message>
    <message>
        <source>segment offsets point outside the frame</source>
        <translation>セグメントのオフセットがフレームの外を指している</translation>
    </message>
    <message>
        <source>%1: cannot inflate the deflated data</source>
        <translation>%1: 圧縮（Deflate）されたデータを展開できません</translation>
    </message>
    <message>
        <source>%1: refused: the deflated data expands beyond %2 MB</source>
        <translation>%1: 拒否: 圧縮データが展開すると %2 MB を超えます</translation>
    </message>
    <message>
        <source>%1: cannot be read as DICOM: %2</source>
        <translation>%1: DICOM として読めません: %2</translation>
    </message>
    <message>
        <source>%1: refused: reading it needs more memory than there is</source>
        <translation>%1: 拒否: 読むのに必要なメモリーがありません</translation>
    </message>
    <message>
        <source>%1: cannot be read: an unexpected error in the DICOM library</source>
        <translation>%1: 読めません: DICOM ライブラリーで予期しないエラーが起きました</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読めません: %2</translation>
    </message>
    <message>
        <source>%1: refused: its structure cannot be followed from byte %2 on, and the %3 items after it could nest deeper than can be read safely</source>
        <translation>%1: 拒否: %2 バイト目以降の構造をたどれず、その後の %3 個の項目が安全に読める深さを超えて入れ子になる可能性があります</translation>
    </message>
    <message>
        <source>%1: unsupported Samples per Pixel (0028,0002)</source>
        <translation>%1: 対応していない Samples per Pixel (0028,0002) です</translation>
    </message>
    <message>
        <source>%1: no pixel data</source>
        <translation>%1: ピクセルデータがありません</translation>
    </message>
    <message>
        <source>%1: refused: one frame of %2 x %3 would need more than 1 GB</source>
        <translation>%1: 拒否: %2 x %3 の 1 フレームに 1 GB を超えるメモリーが必要です</translation>
    </message>
    <message>
        <source>%1: the pixel data holds %2 bytes (%3 frame(s)), fewer than the %4 bytes of the %5 frame(s) Rows, Columns and Number of Frames claim</source>
        <translation>%1: ピクセルデータは %2 バイト（%3 フレーム分）で、Rows・Columns・Number of Frames が示す %5 フレーム分の %4 バイトに足りません</translation>
    </message>
    <message>
        <source>%1: the pixel data has %2 fragment(s), fewer than the %3 frame(s) it claims</source>
        <translation>%1: ピクセルデータのフラグメントは %2 個で、記載された %3 フレームより少なくなっています</translation>
    </message>
    <message>
        <source>%1: the compressed image is %2 x %3, but Rows and Columns say %4 x %5</source>
        <translation>%1: 圧縮画像は %2 x %3 ですが、Rows と Columns は %4 x %5 です</translation>
    </message>
    <message>
        <source>%1: RLE frame %2 has %3 bytes, too few for a %4 x %5 image</source>
        <translation>%1: RLE フレーム %2 は %3 バイトしかなく、%4 x %5 の画像には足りません</translation>
    </message>
    <message>
        <source>%1: refused: its %2 frame(s) would need %3 MB, more than half of this computer&apos;s memory</source>
        <translation>%1: 拒否: %2 フレームに %3 MB が必要で、このコンピューターのメモリーの半分を超えます</translation>
    </message>
    <message>
        <source>the series</source>
        <translation>このシリーズ</translation>
    </message>
    <message>
        <source>%1: cannot be read: the DICOM library stopped on malformed data (%2)</source>
        <translation>%1: 読めません: DICOM ライブラリーが不正なデータで停止しました（%2）</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: impossible diffusion b-value %2 in (0018,9087)%3 (a b-value is a number from 0 to %4 s/mm²); the series is not loaded</source>
        <translation>%1: (0018,9087) の拡散 b 値 %2%3 はありえない値です（b 値は 0〜%4 s/mm² の数値）。シリーズは読み込みません</translation>
    </message>
    <message>
        <source>, frame %1</source>
        <translation>、フレーム %1</translation>
    </message>
</context>
<context>
    <name>Diffusion</name>
    <message>
        <source>an ADC needs at least two b-value shells; the series has %1</source>
        <translation>ADC には b 値シェルが 2 つ以上必要です。このシリーズは %1 つです</translation>
    </message>
    <message>
        <source>the chosen b-values select one shell twice (b=%1); choose two different shells</source>
        <translation>選んだ b 値が同じシェルを 2 回指しています（b=%1）。異なる 2 つのシェルを選んでください</translation>
    </message>
    <message>
        <source>computing the ADC</source>
        <translation>ADC を計算しています</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>指定値</translation>
    </message>
    <message>
        <source>from the background</source>
        <translation>背景から推定</translation>
    </message>
    <message>
        <source>the maps are on different grids (%1x%2x%3 and %4x%5x%6)</source>
        <translation>マップの格子が異なります（%1x%2x%3 と %4x%5x%6）</translation>
    </message>
    <message>
        <source>no voxel to compare</source>
        <translation>比較するボクセルがありません</translation>
    </message>
    <message>
        <source>the ADC range %1-%2 is empty: the lower bound must be below the upper</source>
        <translation>ADC 範囲 %1-%2 は空です。下限は上限より小さくしてください</translation>
    </message>
    <message>
        <source>the high-b image is not on the grid of the ADC map</source>
        <translation>高 b 値画像が ADC マップと同じ格子上にありません</translation>
    </message>
    <message>
        <source>the ADC range %1-%2 x10^-6 mm²/s selects no voxel%3</source>
        <translation>ADC 範囲 %1-%2 ×10⁻⁶ mm²/s に該当するボクセルがありません%3</translation>
    </message>
    <message>
        <source> with a high-b signal above %1</source>
        <translation>（高 b 値信号 %1 超）</translation>
    </message>
    <message>
        <source>every part the ADC range selects is smaller than %1 mm³</source>
        <translation>ADC 範囲で選ばれた部分はすべて %1 mm³ 未満です</translation>
    </message>
    <message>
        <source>the series holds no image volume</source>
        <translation>シリーズに画像ボリュームがありません</translation>
    </message>
    <message>
        <source>volume %1 of %2 has no b-value: neither (0018,9087) nor a vendor&apos;s b-value tag (Philips (2001,1003), GE (0043,1039), Siemens CSA) is present</source>
        <translation>ボリューム %1/%2 に b 値がありません: (0018,9087) もベンダーの b 値タグ（Philips (2001,1003)、GE (0043,1039)、Siemens CSA）もありません</translation>
    </message>
    <message>
        <source>volume %1 (b=%2) is not on the grid of volume 1 (%3x%4x%5): shells on different grids cannot be combined</source>
        <translation>ボリューム %1（b=%2）はボリューム 1（%3x%4x%5）と同じ格子上にありません: 格子の異なるシェルは組み合わせられません</translation>
    </message>
    <message>
        <source>combining b-value shells</source>
        <translation>b 値シェルを合成しています</translation>
    </message>
    <message>
        <source>b=%1 (1 volume)</source>
        <translation>b=%1（1 ボリューム）</translation>
    </message>
    <message>
        <source>b=%1 (%2 volumes)</source>
        <translation>b=%1（%2 ボリューム）</translation>
    </message>
    <message>
        <source>the series has one b-value shell (b=%1, volumes: %2); an ADC needs at least two</source>
        <translation>このシリーズの b 値シェルは 1 つだけです（b=%1、ボリューム数 %2）。ADC には 2 つ以上必要です</translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message>
        <source>%1: not an X-ray radiation dose SR (SOP class %2)</source>
        <translation>%1: X 線被ばく線量 SR ではありません(SOP クラス %2)</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>シリーズ %1</translation>
    </message>
    <message>
        <source>study %1 is not in the store</source>
        <translation>検査 %1 は症例ストアにありません</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>%1 already exists; an export never replaces a file</source>
        <translation>%1 はすでに存在します。書き出しで既存のファイルを置き換えることはありません</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot write (a file of that name appeared meanwhile?)</source>
        <translation>%1: 書き込めません（同じ名前のファイルが途中で作られた可能性があります）</translation>
    </message>
    <message>
        <source>%1: a Label Map Segmentation (SOP class %2) cannot be read yet; export it as a binary SEG</source>
        <translation>%1: ラベルマップ形式のセグメンテーション（SOP クラス %2）はまだ読めません。バイナリ SEG として書き出してください</translation>
    </message>
    <message>
        <source>%1: not a Segmentation object (SOP class %2)</source>
        <translation>%1: セグメンテーションオブジェクトではありません（SOP クラス %2）</translation>
    </message>
    <message>
        <source>%1: the SEG does not say which series it segments (Referenced Series Sequence)</source>
        <translation>%1: SEG にどのシリーズのセグメンテーションかが書かれていません（Referenced Series Sequence）</translation>
    </message>
    <message>
        <source>%1: frames are %2x%3, the source images %4x%5</source>
        <translation>%1: フレームは %2×%3、元画像は %4×%5 です</translation>
    </message>
    <message>
        <source>%1: not a readable SEG: %2</source>
        <translation>%1: 読める SEG ではありません: %2</translation>
    </message>
    <message>
        <source>%1: segmentation type %2 is not supported</source>
        <translation>%1: セグメンテーションの種類 %2 には対応していません</translation>
    </message>
    <message>
        <source>%1: segment %2 is missing</source>
        <translation>%1: セグメント %2 がありません</translation>
    </message>
    <message>
        <source>%1: frame %2 names no segment of the object</source>
        <translation>%1: フレーム %2 がこのオブジェクトのどのセグメントも指していません</translation>
    </message>
    <message>
        <source>%1: frame %2 matches no image of the source series (neither by reference nor by position)</source>
        <translation>%1: フレーム %2 が元シリーズのどの画像にも対応しません（参照でも位置でも）</translation>
    </message>
    <message>
        <source>%1: frame %2 has no pixel data</source>
        <translation>%1: フレーム %2 にピクセルデータがありません</translation>
    </message>
    <message>
        <source>%1: frame %2 is too short</source>
        <translation>%1: フレーム %2 のデータが短すぎます</translation>
    </message>
    <message>
        <source>no segments to write</source>
        <translation>書き出すセグメントがありません</translation>
    </message>
    <message>
        <source>the source series is not loaded</source>
        <translation>元シリーズが読み込まれていません</translation>
    </message>
    <message>
        <source>the source images are too large for a SEG</source>
        <translation>元画像が大きすぎて SEG にできません</translation>
    </message>
    <message>
        <source>%1: the source image has no SOP Class or Instance UID</source>
        <translation>%1: 元画像に SOP Class UID または SOP Instance UID がありません</translation>
    </message>
    <message>
        <source>segment %1: its mask is %2x%3x%4, the series %5x%6x%7</source>
        <translation>セグメント %1: マスクは %2×%3×%4、シリーズは %5×%6×%7 です</translation>
    </message>
    <message>
        <source>segment %1: category and type codes are required</source>
        <translation>セグメント %1: カテゴリとタイプのコードが必要です</translation>
    </message>
    <message>
        <source>segment %1: a semi-automatic or automatic segment needs the algorithm&apos;s name</source>
        <translation>セグメント %1: 半自動・自動のセグメントにはアルゴリズム名が必要です</translation>
    </message>
    <message>
        <source>segment %1: a label is required</source>
        <translation>セグメント %1: ラベルが必要です</translation>
    </message>
    <message>
        <source>segment number %1 is used twice</source>
        <translation>セグメント番号 %1 が重複しています</translation>
    </message>
    <message>
        <source>cannot create the SEG: %1</source>
        <translation>SEG を作成できません: %1</translation>
    </message>
    <message>
        <source>%1: cannot take over patient and study: %2</source>
        <translation>%1: 患者・検査の情報を引き継げません: %2</translation>
    </message>
    <message>
        <source>cannot describe the series geometry in the SEG</source>
        <translation>シリーズの幾何情報を SEG に記述できません</translation>
    </message>
    <message>
        <source>segment %1: %2</source>
        <translation>セグメント %1: %2</translation>
    </message>
    <message>
        <source>segment %1, slice %2: %3</source>
        <translation>セグメント %1、スライス %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot build the SEG: %2</source>
        <translation>%1: SEG を組み立てられません: %2</translation>
    </message>
    <message>
        <source>%1: not a structured report (modality %2)</source>
        <translation>%1: 構造化レポートではありません（モダリティ %2）</translation>
    </message>
    <message>
        <source>%1: not a readable structured report: %2</source>
        <translation>%1: 読める構造化レポートではありません: %2</translation>
    </message>
    <message>
        <source>%1: the report is empty</source>
        <translation>%1: レポートが空です</translation>
    </message>
    <message>
        <source>%1: a structured report, but not a TID 1500 measurement report (its title is &quot;%2&quot;)</source>
        <translation>%1: 構造化レポートですが TID 1500 計測レポートではありません（表題は「%2」）</translation>
    </message>
    <message>
        <source>cannot add &quot;%1&quot; to the report: %2</source>
        <translation>レポートに「%1」を追加できません: %2</translation>
    </message>
    <message>
        <source>the report refuses %1: %2</source>
        <translation>レポートが %1 を受け付けません: %2</translation>
    </message>
    <message>
        <source>cannot start the measurement report: %1</source>
        <translation>計測レポートを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot start the measurement report: empty tree</source>
        <translation>計測レポートを作成できません: ツリーが空です</translation>
    </message>
    <message>
        <source>cannot add the imaging measurements to the report</source>
        <translation>レポートに画像計測を追加できません</translation>
    </message>
    <message>
        <source>%1: cannot build the report: %2</source>
        <translation>%1: レポートを組み立てられません: %2</translation>
    </message>
    <message>
        <source>%1: the SEG&apos;s Number of Frames (0028,0008) is missing or invalid (%2)</source>
        <translation>%1: SEG の Number of Frames (0028,0008) がないか不正です（%2）</translation>
    </message>
    <message>
        <source>%1: the SEG&apos;s pixel data is shorter than its %2 frames of %3 x %4</source>
        <translation>%1: SEG のピクセルデータが、%3 x %4 の %2 フレーム分より短くなっています</translation>
    </message>
    <message>
        <source>a parametric map is written from float values</source>
        <translation>パラメトリックマップは浮動小数点値から書き出します</translation>
    </message>
    <message>
        <source>a parametric map needs a source series with patient geometry and a frame of reference</source>
        <translation>パラメトリックマップには患者座標の幾何情報と Frame of Reference を持つ元シリーズが必要です</translation>
    </message>
    <message>
        <source>the source images are too large</source>
        <translation>元画像が大きすぎます</translation>
    </message>
    <message>
        <source>the source series of the map is not named</source>
        <translation>マップの元シリーズが指定されていません</translation>
    </message>
    <message>
        <source>cannot create the parametric map: %1</source>
        <translation>パラメトリックマップを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot describe the map&apos;s geometry and values</source>
        <translation>マップの幾何情報と値を記述できません</translation>
    </message>
    <message>
        <source>cannot create the parametric map&apos;s frames</source>
        <translation>パラメトリックマップのフレームを作成できません</translation>
    </message>
    <message>
        <source>slice %1: %2</source>
        <translation>スライス %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot build the parametric map: %2</source>
        <translation>%1: パラメトリックマップを構築できません: %2</translation>
    </message>
    <message>
        <source>segment %1 &quot;%2&quot;: its values are %3 to %4 of %5, all below the threshold %6 (= %7 of %5), so it comes out empty</source>
        <translation>セグメント %1「%2」: 値は %5 中 %3〜%4 で、すべて閾値 %6（%5 中 %7）未満のため空になります</translation>
    </message>
    <message>
        <source>the fractional threshold must be above 0 and at most 1 (a fraction of the maximum value)</source>
        <translation>FRACTIONAL の閾値は 0 より大きく 1 以下（最大値に対する割合）で指定してください</translation>
    </message>
    <message>
        <source>segment %1, an empty frame: %2</source>
        <translation>セグメント %1 の空フレーム: %2</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>the measurement &quot;%1&quot; has no concept or unit code</source>
        <translation>計測「%1」に概念コードまたは単位コードがありません</translation>
    </message>
    <message>
        <source>the measurement &quot;%1&quot; was drawn on an image (or in a space) that is not series %2&apos;s; written without its drawing</source>
        <translation>計測「%1」はシリーズ %2 以外の画像（または空間）上で描かれています。描画なしで書き出します</translation>
    </message>
    <message>
        <source>a %1 drawn without a measurement is not written: TID 1500 has no place for it</source>
        <translation>計測を伴わない %1 の描画は書き出されません（TID 1500 に置き場所がありません）</translation>
    </message>
    <message>
        <source>segment %1 is not in the exported SEG</source>
        <translation>セグメント %1 は書き出した SEG に含まれていません</translation>
    </message>
    <message>
        <source>its box is on an image that is not in the series</source>
        <translation>ボックスがシリーズに含まれない画像上にあります</translation>
    </message>
    <message>
        <source>the volume box has no frame of reference</source>
        <translation>3D ボックスに座標系（Frame of Reference）がありません</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>所見 %1</translation>
    </message>
    <message>
        <source>its tracking UID is used by another finding</source>
        <translation>その Tracking UID は別の所見が使用しています</translation>
    </message>
    <message>
        <source>finding %1: %2</source>
        <translation>所見 %1: %2</translation>
    </message>
    <message>
        <source>no finding can be written: %1</source>
        <translation>書き出せる所見がありません: %1</translation>
    </message>
    <message>
        <source>%1: a FRACTIONAL SEG with Maximum Fractional Value (0062,000E) %2; it must be from 1 to 255</source>
        <translation>%1: Maximum Fractional Value (0062,000E) が %2 の FRACTIONAL SEG です。1〜255 でなければなりません</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>tracking ID</source>
        <translation>追跡 ID</translation>
    </message>
    <message>
        <source>algorithm name</source>
        <translation>アルゴリズム名</translation>
    </message>
    <message>
        <source>segment %1: the %2 has %3 characters; DICOM allows 64</source>
        <translation>セグメント %1: %2 が %3 文字あります。DICOM では 64 文字までです</translation>
    </message>
    <message>
        <source>%1: refused: %2 (not a finite number)</source>
        <translation>%1: 拒否: %2（有限の数値ではありません）</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot write to disk: %2</source>
        <translation>%1: ディスクに書き込めません: %2</translation>
    </message>
    <message>
        <source>a link to something that does not exist (dangling link)</source>
        <translation>存在しないものへのリンクです（リンク切れ）</translation>
    </message>
    <message>
        <source>a link that loops back on itself (too many levels of symbolic links)</source>
        <translation>自分自身に戻るリンクです（シンボリックリンクの階層が多すぎます）</translation>
    </message>
    <message>
        <source>cannot follow the link: %1</source>
        <translation>リンクをたどれません: %1</translation>
    </message>
    <message>
        <source>a link to a folder; folders behind links are not followed (import that folder itself)</source>
        <translation>フォルダへのリンクです。リンク先のフォルダはたどりません（そのフォルダ自体を取り込んでください）</translation>
    </message>
    <message>
        <source>a link to something that is not a regular file (a FIFO, socket or device)</source>
        <translation>通常のファイルではないもの（FIFO、ソケット、デバイス）へのリンクです</translation>
    </message>
    <message>
        <source>a link to a file outside %1; import that file&apos;s own folder if it is meant</source>
        <translation>%1 の外のファイルへのリンクです。必要ならそのファイルのあるフォルダを取り込んでください</translation>
    </message>
    <message>
        <source>cannot read the folder: %1</source>
        <translation>フォルダを読めません: %1</translation>
    </message>
    <message>
        <source>the folder could not be read to its end: %1</source>
        <translation>フォルダを最後まで読めませんでした: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読めません: %1</translation>
    </message>
    <message>
        <source>not a regular file (a FIFO, socket or device)</source>
        <translation>通常のファイルではありません（FIFO、ソケット、デバイス）</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>そのようなファイルやフォルダはありません</translation>
    </message>
    <message>
        <source>its name is not UTF-8 and no temporary folder could be made to reach it</source>
        <translation>名前が UTF-8 ではなく、読むための一時フォルダを作れませんでした</translation>
    </message>
    <message>
        <source>its name is not UTF-8 and it could not be reached: %1</source>
        <translation>名前が UTF-8 ではなく、読めませんでした: %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Imaging</name>
    <message>
        <source>no such axis %1</source>
        <translation>軸 %1 はありません</translation>
    </message>
    <message>
        <source>paint the segment on at least two slices first</source>
        <translation>先にセグメントを二枚以上のスライスに塗ってください</translation>
    </message>
    <message>
        <source>interpolation cancelled</source>
        <translation>補間を中止しました</translation>
    </message>
    <message>
        <source>Interpolating slices %1 to %2</source>
        <translation>スライス %1 ～ %2 を補間中</translation>
    </message>
    <message>
        <source>Interpolated</source>
        <translation>補間しました</translation>
    </message>
    <message>
        <source>the seed (%1, %2, %3) is outside the image</source>
        <translation>シード点 (%1, %2, %3) が画像の外にあります</translation>
    </message>
    <message>
        <source>the clicked voxel (%1) is outside the range %2 to %3</source>
        <translation>クリックしたボクセル（%1）は範囲 %2 ～ %3 の外です</translation>
    </message>
    <message>
        <source>region growing failed: %1</source>
        <translation>領域拡張に失敗しました: %1</translation>
    </message>
    <message>
        <source>the clicked voxel is not part of the segment</source>
        <translation>クリックしたボクセルはセグメントに含まれていません</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>referenced by %1 but missing from the medium</source>
        <translation>%1 から参照されていますが、媒体にありません</translation>
    </message>
    <message>
        <source>DICOMDIR media directory (its files are imported)</source>
        <translation>DICOMDIR（媒体のディレクトリ。参照先のファイルを取り込みます）</translation>
    </message>
    <message>
        <source>Reading headers</source>
        <translation>ヘッダを読んでいます</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>DICOM ファイルではありません</translation>
    </message>
    <message>
        <source>same SOP Instance UID as %1</source>
        <translation>%1 と同じ SOP Instance UID です</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) of series %1 already in the store</source>
        <translation>
            <numerusform>シリーズ %1 の %n 個のインスタンスはすでにストアにあります</numerusform>
        </translation>
    </message>
    <message>
        <source>no de-identification profile or correspondence table</source>
        <translation>匿名化プロファイルまたは対応表がありません</translation>
    </message>
    <message>
        <source>De-identifying and storing</source>
        <translation>匿名化して保存しています</translation>
    </message>
    <message>
        <source>refused: the file is of patient %1, but its study belongs to patient %2 (a file is never filed under another patient&apos;s code)</source>
        <translation>拒否: このファイルは患者 %1 のものですが、その検査は患者 %2 のものです（ファイルを別の患者の符号で保存することはありません）</translation>
    </message>
    <message>
        <source>refused: its series belongs to another study than the one the file names</source>
        <translation>拒否: このシリーズは、ファイルに記載された検査とは別の検査に属しています</translation>
    </message>
    <message>
        <source>same SOP Instance UID as %1, in another series</source>
        <translation>%1 と同じ SOP Instance UID で、別のシリーズにあります</translation>
    </message>
    <message>
        <source>refused: the de-identified file carries patient code %1, expected %2</source>
        <translation>拒否: 匿名化後のファイルの患者符号が %1 で、期待した %2 と異なります</translation>
    </message>
    <message>
        <source>same SOP Instance UID as %1, which was imported; this copy could not be: %2</source>
        <translation>取り込まれた %1 と同じ SOP Instance UID です。このコピーは取り込めませんでした: %2</translation>
    </message>
    <message>
        <source>no derived file to file</source>
        <translation>登録する派生ファイルがありません</translation>
    </message>
    <message>
        <source>%1: a derived series is one series of one study</source>
        <translation>%1: 派生シリーズは 1 検査の 1 シリーズでなければなりません</translation>
    </message>
    <message>
        <source>%1: study %2 is not filed under patient %3 in the store</source>
        <translation>%1: 検査 %2 はストアで患者 %3 に登録されていません</translation>
    </message>
    <message>
        <source>%1: the de-identified file was not read back</source>
        <translation>%1: 匿名化したファイルを読み戻せませんでした</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読めません: %1</translation>
    </message>
    <message>
        <source>refused: an encapsulated PDF report&apos;s text cannot be de-identified reliably; import the report as text (radcurator-cli reports import, CSV or HL7)</source>
        <translation>拒否: PDF のレポートは本文を確実に匿名化できません。レポートはテキストで取り込んでください(radcurator-cli reports import、CSV または HL7)</translation>
    </message>
</context>
<context>
    <name>JapaneseText</name>
    <message>
        <source>%1: marked as UTF-8 (it begins with a BOM) but holds bytes that are not UTF-8</source>
        <translation>%1: UTF-8 と示されています(BOM で始まります)が、UTF-8 でないバイトを含みます</translation>
    </message>
    <message>
        <source>%1: not UTF-8, and this system cannot decode ISO-2022-JP or Shift_JIS</source>
        <translation>%1: UTF-8 ではなく、このシステムでは ISO-2022-JP・Shift_JIS を読めません</translation>
    </message>
    <message>
        <source>%1: neither UTF-8, ISO-2022-JP nor Shift_JIS text</source>
        <translation>%1: UTF-8・ISO-2022-JP・Shift_JIS のいずれのテキストでもありません</translation>
    </message>
</context>
<context>
    <name>KeyTable</name>
    <message>
        <source>Next slice</source>
        <translation>次のスライス</translation>
    </message>
    <message>
        <source>Previous slice</source>
        <translation>前のスライス</translation>
    </message>
    <message>
        <source>First slice</source>
        <translation>最初のスライス</translation>
    </message>
    <message>
        <source>Last slice</source>
        <translation>最後のスライス</translation>
    </message>
    <message>
        <source>Lung window (-600/1500)</source>
        <translation>肺野条件（-600/1500）</translation>
    </message>
    <message>
        <source>Mediastinum window (40/400)</source>
        <translation>縦隔条件（40/400）</translation>
    </message>
    <message>
        <source>Bone window (400/1800)</source>
        <translation>骨条件（400/1800）</translation>
    </message>
    <message>
        <source>Window from the file</source>
        <translation>ファイルのウィンドウ</translation>
    </message>
    <message>
        <source>Reset zoom, pan, window and inversion</source>
        <translation>拡大・移動・ウィンドウ・反転を元に戻す</translation>
    </message>
    <message>
        <source>Fit the image to the view</source>
        <translation>画像をビューに合わせる</translation>
    </message>
    <message>
        <source>Invert grey levels</source>
        <translation>白黒反転</translation>
    </message>
    <message>
        <source>Next layout (1x1, 1x3, 2x2)</source>
        <translation>次のレイアウト（1x1、1x3、2x2）</translation>
    </message>
    <message>
        <source>Show or hide the label overlay</source>
        <translation>ラベル表示の切り替え</translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation>定規</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <translation>楕円 ROI</translation>
    </message>
    <message>
        <source>Rectangle ROI</source>
        <translation>矩形 ROI</translation>
    </message>
    <message>
        <source>Back to navigation (cross-hair)</source>
        <translation>ナビゲーション（十字カーソル）に戻る</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>ボックス</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <source>Threshold brush</source>
        <translation>しきい値ブラシ</translation>
    </message>
    <message>
        <source>Region growing</source>
        <translation>領域拡張</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>ブラシを小さく</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>ブラシを大きく</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>前のセグメント</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>次のセグメント</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新しいセグメント</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>今すぐ保存</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>ホイール</translation>
    </message>
    <message>
        <source>Previous/next slice</source>
        <translation>前／次のスライス</translation>
    </message>
    <message>
        <source>Shift+wheel</source>
        <translation>Shift+ホイール</translation>
    </message>
    <message>
        <source>10 slices at a time</source>
        <translation>10 スライスずつ</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+ホイール</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>拡大・縮小</translation>
    </message>
    <message>
        <source>Left click or drag</source>
        <translation>左クリックまたは左ドラッグ</translation>
    </message>
    <message>
        <source>Move the cross-hair (or use the active tool)</source>
        <translation>十字カーソルを動かす（ツール選択中はそのツール）</translation>
    </message>
    <message>
        <source>Shift+move</source>
        <translation>Shift+移動</translation>
    </message>
    <message>
        <source>The cross-hair follows the pointer</source>
        <translation>十字カーソルがポインターに付いてくる</translation>
    </message>
    <message>
        <source>Right-drag</source>
        <translation>右ドラッグ</translation>
    </message>
    <message>
        <source>Window (horizontal) and level (vertical)</source>
        <translation>ウィンドウ幅（横）とレベル（縦）</translation>
    </message>
    <message>
        <source>Middle-drag or Shift+left-drag</source>
        <translation>中ドラッグまたは Shift+左ドラッグ</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>ダブルクリック</translation>
    </message>
    <message>
        <source>Maximise the view, and back</source>
        <translation>ビューを最大化／元に戻す</translation>
    </message>
    <message>
        <source>Long and short axis of the finding (bidirectional ruler)</source>
        <translation>所見の長径と短径（二方向ルーラー）</translation>
    </message>
    <message>
        <source>Next case of the worklist</source>
        <translation>ワークリストの次の症例</translation>
    </message>
    <message>
        <source>Previous case of the worklist</source>
        <translation>ワークリストの前の症例</translation>
    </message>
</context>
<context>
    <name>LabelTransfer</name>
    <message>
        <source>series %1 has no images in the store</source>
        <translation>ストアにシリーズ %1 の画像がありません</translation>
    </message>
    <message>
        <source>%1: neither a SEG nor an SR (modality %2)</source>
        <translation>%1: SEG でも SR でもありません（モダリティ %2）</translation>
    </message>
    <message>
        <source>%1: refused: %2 contains %3</source>
        <translation>%1: 拒否: %2 に %3 が含まれています</translation>
    </message>
    <message>
        <source>the correspondence table is needed: every export is scanned for the patients&apos; identifiers</source>
        <translation>対応表が必要です。書き出すものはすべて患者の識別情報がないか検査します</translation>
    </message>
    <message>
        <source>the store&apos;s de-identification profile is needed for an export</source>
        <translation>書き出しにはストアの匿名化プロファイルが必要です</translation>
    </message>
    <message>
        <source>series %1 has no labels to export</source>
        <translation>シリーズ %1 に書き出すラベルがありません</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
    <message>
        <source>Loading the series</source>
        <translation>シリーズを読み込んでいます</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <source>Writing the segmentation</source>
        <translation>セグメンテーションを書き出しています</translation>
    </message>
    <message>
        <source>Writing the measurement report</source>
        <translation>計測レポートを書き出しています</translation>
    </message>
    <message>
        <source>Recording the export</source>
        <translation>書き出しを記録しています</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>the store holds none of the images it refers to</source>
        <translation>参照している画像はどれもストアにありません</translation>
    </message>
    <message>
        <source>the store holds none of the series it refers to (%1)</source>
        <translation>参照しているシリーズ（%1）はどれもストアにありません</translation>
    </message>
    <message>
        <source>%1: %2, neither as referenced nor as de-identified</source>
        <translation>%1: %2（参照どおりの UID でも匿名化後の UID でも見つかりません）</translation>
    </message>
    <message>
        <source>%1: %2; if the object was made on the original images, give the correspondence table&apos;s passphrase so its UIDs can be mapped</source>
        <translation>%1: %2。匿名化前の原画像で作られたオブジェクトなら、UID を対応付けられるよう対応表のパスフレーズを入力してください</translation>
    </message>
    <message>
        <source>a segment label</source>
        <translation>セグメントのラベル</translation>
    </message>
    <message>
        <source>a segment description</source>
        <translation>セグメントの説明</translation>
    </message>
    <message>
        <source>a tracking identifier</source>
        <translation>追跡 ID</translation>
    </message>
    <message>
        <source>an algorithm name</source>
        <translation>アルゴリズム名</translation>
    </message>
    <message>
        <source>the observer</source>
        <translation>観察者</translation>
    </message>
    <message>
        <source>%1: its findings refer to segments of SEG %2: import that SEG first</source>
        <translation>%1: 所見が SEG %2 のセグメントを参照しています。先にその SEG を取り込んでください</translation>
    </message>
    <message>
        <source>%1: a finding refers to a segment SEG %2 does not have</source>
        <translation>%1: 所見が SEG %2 にないセグメントを参照しています</translation>
    </message>
    <message>
        <source>Saving the labels</source>
        <translation>ラベルを保存しています</translation>
    </message>
    <message>
        <source>series %1 has only unverified segments (%2); verify them or export with --include-unverified</source>
        <translation>シリーズ %1 には未確認のセグメント（%2 個）しかありません。確認済みにするか、--include-unverified を付けてエクスポートしてください</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>the measurement report: %1</source>
        <translation>計測レポート: %1</translation>
    </message>
    <message>
        <source>%1: a FRACTIONAL SEG: %2. Nothing was imported; choose the threshold (a fraction of %3, e.g. --fractional-threshold %4 keeps every non-zero value)</source>
        <translation>%1: FRACTIONAL SEG: %2。何も取り込んでいません。閾値を指定してください（%3 に対する割合。例: --fractional-threshold %4 で 0 以外の値をすべて採用）</translation>
    </message>
    <message>
        <source>a finding site</source>
        <translation>所見部位</translation>
    </message>
    <message>
        <source>the SEG of series %1</source>
        <translation>シリーズ %1 の SEG</translation>
    </message>
    <message>
        <source>the tumour ADC map of series %1</source>
        <translation>シリーズ %1 の腫瘍 ADC マップ</translation>
    </message>
    <message>
        <source>the SR of series %1</source>
        <translation>シリーズ %1 の SR</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>not a stored segment mask</source>
        <translation>保存されたセグメントマスクではありません</translation>
    </message>
    <message>
        <source>damaged segment mask (slice %1)</source>
        <translation>セグメントマスクが壊れています（スライス %1）</translation>
    </message>
    <message>
        <source>unknown label format</source>
        <translation>未知のラベル形式です</translation>
    </message>
    <message>
        <source>segment without a number</source>
        <translation>番号のないセグメントがあります</translation>
    </message>
    <message>
        <source>(drawn: %1)</source>
        <translation>（描画: %1）</translation>
    </message>
    <message>
        <source>[unit as written, not physical: not comparable with mm]</source>
        <translation>［元の単位のまま・物理単位ではない: mm と比較できません］</translation>
    </message>
    <message>
        <source>a finding</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>finding &quot;%1&quot;</source>
        <translation>所見「%1」</translation>
    </message>
    <message>
        <source>%1: measurement &quot;%2&quot; is %3</source>
        <translation>%1: 計測値「%2」が %3 です</translation>
    </message>
    <message>
        <source>%1: measurement &quot;%2&quot; is drawn at a point that is not a number</source>
        <translation>%1: 計測「%2」の描画点が数値ではありません</translation>
    </message>
    <message>
        <source>%1: the long axis is %2 mm</source>
        <translation>%1: 長径が %2 mm です</translation>
    </message>
    <message>
        <source>%1: the short axis is %2 mm</source>
        <translation>%1: 短径が %2 mm です</translation>
    </message>
    <message>
        <source>%1: a drawing has a point that is not a number</source>
        <translation>%1: 描画の点が数値ではありません</translation>
    </message>
    <message>
        <source>%1: the box has a corner that is not a number</source>
        <translation>%1: ボックスの角が数値ではありません</translation>
    </message>
    <message>
        <source>%1: the 3D box has a corner that is not a number</source>
        <translation>%1: 3D ボックスの角が数値ではありません</translation>
    </message>
    <message>
        <source>%1: the ruler has an end that is not a number</source>
        <translation>%1: 定規の端が数値ではありません</translation>
    </message>
</context>
<context>
    <name>LocatedJson</name>
    <message>
        <source>text after the end of the JSON value</source>
        <translation>JSON 値の終わりの後に文字があります</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <source>unexpected end of the file</source>
        <translation>ファイルが途中で終わっています</translation>
    </message>
    <message>
        <source>a key in double quotes was expected</source>
        <translation>二重引用符で囲んだキーが必要です</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected after &quot;%1&quot;</source>
        <translation>「%1」の後に &apos;:&apos; が必要です</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>&apos;,&apos; か &apos;}&apos; が必要です</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>&apos;,&apos; か &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation>数値ではありません: %1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>予期しない文字 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a string runs past the end of its line</source>
        <translation>文字列が行末を越えています</translation>
    </message>
    <message>
        <source>a broken \u escape</source>
        <translation>壊れた \u エスケープ</translation>
    </message>
    <message>
        <source>an unknown escape \%1</source>
        <translation>不明なエスケープ \%1</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>文字列が閉じられていません</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true か false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a text in double quotes</source>
        <translation>二重引用符で囲んだ文字列</translation>
    </message>
    <message>
        <source>a list [...]</source>
        <translation>リスト [...]</translation>
    </message>
    <message>
        <source>an object {...}</source>
        <translation>オブジェクト {...}</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1, line %2, key %3: %4</source>
        <translation>%1、%2 行目、キー %3: %4</translation>
    </message>
    <message>
        <source>missing (%1 is needed)</source>
        <translation>ありません（%1 が必要です）</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>%1 である必要があります</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
</context>
<context>
    <name>MeasurementTool</name>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 mm²</source>
        <translation>%1 mm²</translation>
    </message>
</context>
<context>
    <name>PackageZip</name>
    <message>
        <source>an encrypted archive needs a password</source>
        <translation>暗号化アーカイブにはパスワードが必要です</translation>
    </message>
    <message>
        <source>this libzip cannot write AES-256 archives</source>
        <translation>この libzip は AES-256 のアーカイブを書けません</translation>
    </message>
    <message>
        <source>%1: cannot create the archive: %2</source>
        <translation>%1: アーカイブを作成できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot be added to the archive: %2</source>
        <translation>%1: アーカイブに追加できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot be encrypted: %2</source>
        <translation>%1: 暗号化できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the archive: %2</source>
        <translation>%1: アーカイブを書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: not a readable zip archive</source>
        <translation>%1: 読み取れる zip アーカイブではありません</translation>
    </message>
    <message>
        <source>%1: an entry leads outside the archive: %2</source>
        <translation>%1: アーカイブの外を指す項目があります: %2</translation>
    </message>
    <message>
        <source>%1: cannot open %2 (wrong password?): %3</source>
        <translation>%1: %2 を開けません（パスワードの誤り？）: %3</translation>
    </message>
    <message>
        <source>%1: cannot read %2 (wrong password, or a damaged archive)</source>
        <translation>%1: %2 を読めません（パスワードの誤りか、壊れたアーカイブ）</translation>
    </message>
</context>
<context>
    <name>Pacs</name>
    <message>
        <source>the association was not accepted</source>
        <translation>アソシエーションが受け入れられませんでした</translation>
    </message>
    <message>
        <source>the node refused the association (AE titles or services not accepted)</source>
        <translation>ノードがアソシエーションを拒否しました(AE タイトルまたはサービスが受け入れられません)</translation>
    </message>
    <message>
        <source>the node closed the connection</source>
        <translation>ノードが接続を閉じました</translation>
    </message>
    <message>
        <source>no answer within the time-out</source>
        <translation>タイムアウトまでに応答がありません</translation>
    </message>
    <message>
        <source>could not be written to the scratch folder: %1</source>
        <translation>作業フォルダに書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Retrieving from %1</source>
        <translation>%1 から取得中</translation>
    </message>
    <message>
        <source>%1: the retrieve ended without a final response</source>
        <translation>%1: 最終応答なしに取得が終わりました</translation>
    </message>
    <message>
        <source>unable to process</source>
        <translation>処理できません</translation>
    </message>
    <message>
        <source>out of resources (number of matches)</source>
        <translation>リソース不足(一致件数)</translation>
    </message>
    <message>
        <source>out of resources (sub-operations)</source>
        <translation>リソース不足(サブ操作)</translation>
    </message>
    <message>
        <source>the move destination is unknown to the node</source>
        <translation>移動先がノードに登録されていません</translation>
    </message>
    <message>
        <source>the identifier does not match the SOP class</source>
        <translation>識別子が SOP クラスに合いません</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>ステータス %1</translation>
    </message>
    <message>
        <source>%1: the retrieve failed: %2</source>
        <translation>%1: 取得に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1: the node does not accept verification (C-ECHO)</source>
        <translation>%1: ノードが疎通確認(C-ECHO)を受け付けません</translation>
    </message>
    <message>
        <source>%1: the node does not offer study-root C-FIND</source>
        <translation>%1: ノードが Study Root の C-FIND を提供していません</translation>
    </message>
    <message>
        <source>%1: C-FIND failed with status %2</source>
        <translation>%1: C-FIND がステータス %2 で失敗しました</translation>
    </message>
    <message>
        <source>%1: the node does not offer study-root C-GET</source>
        <translation>%1: ノードが Study Root の C-GET を提供していません</translation>
    </message>
    <message>
        <source>the storage SCP cannot listen on port %1: %2</source>
        <translation>ストレージ SCP がポート %1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>%1: the node does not offer study-root C-MOVE</source>
        <translation>%1: ノードが Study Root の C-MOVE を提供していません</translation>
    </message>
    <message>
        <source>%1: not a DICOM node; write it as AE_TITLE@HOST:PORT (an AE title of at most 16 characters)</source>
        <translation>%1: DICOM ノードではありません。AE_TITLE@HOST:PORT の形で書いてください(AE タイトルは 16 文字以内)</translation>
    </message>
    <message>
        <source>%1: the AE title is empty</source>
        <translation>%1: AE タイトルが空です</translation>
    </message>
    <message>
        <source>%1: the AE title may hold only ASCII letters, digits and signs</source>
        <translation>%1: AE タイトルには ASCII の英字・数字・記号のみ使えます</translation>
    </message>
    <message>
        <source>%1: the port must be between 1 and 65535</source>
        <translation>%1: ポートは 1 から 65535 の間です</translation>
    </message>
    <message>
        <source>the node needs a name</source>
        <translation>ノードには名前が必要です</translation>
    </message>
    <message>
        <source>the node needs a host</source>
        <translation>ノードにはホストが必要です</translation>
    </message>
    <message>
        <source>TLS needs the certificate(s) to trust (a PEM file)</source>
        <translation>TLS には信頼する証明書(PEM ファイル)が必要です</translation>
    </message>
    <message>
        <source>the DICOM node settings cannot be read: %1</source>
        <translation>DICOM ノードの設定を読み込めません: %1</translation>
    </message>
    <message>
        <source>the DICOM node settings: our port %1 is not a port</source>
        <translation>DICOM ノードの設定: 自局のポート %1 はポート番号ではありません</translation>
    </message>
    <message>
        <source>the DICOM node settings: %1</source>
        <translation>DICOM ノードの設定: %1</translation>
    </message>
    <message>
        <source>%1: series %2 is not on the node</source>
        <translation>%1: シリーズ %2 はノードにありません</translation>
    </message>
    <message>
        <source>%1: study %2 is not on the node</source>
        <translation>%1: 検査 %2 はノードにありません</translation>
    </message>
    <message>
        <source>name the study or the series to retrieve</source>
        <translation>取得する検査またはシリーズを指定してください</translation>
    </message>
    <message>
        <source>Series %1 of %2</source>
        <translation>シリーズ %1 / %2</translation>
    </message>
    <message>
        <source>the node could not send it</source>
        <translation>ノードが送信できませんでした</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>受信していません</translation>
    </message>
    <message>
        <source>not sent (no accepted presentation context for its SOP class and transfer syntax)</source>
        <translation>未送信(その SOP クラスと転送構文のプレゼンテーションコンテキストが受け入れられていません)</translation>
    </message>
    <message>
        <source>refused by the node, status 0x%1</source>
        <translation>ノードが拒否しました、ステータス 0x%1</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>%1: the association was not accepted: %2</source>
        <translation>%1: アソシエーションが受け入れられませんでした: %2</translation>
    </message>
    <message>
        <source>%1: C-STORE stopped: %2</source>
        <translation>%1: C-STORE が止まりました: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>name the series to send</source>
        <translation>送信するシリーズを指定してください</translation>
    </message>
    <message>
        <source>DICOM node %1</source>
        <translation>DICOM ノード %1</translation>
    </message>
    <message>
        <source>TLS: %1: %2</source>
        <translation>TLS: %1: %2</translation>
    </message>
    <message>
        <source>the BCP 195 profile</source>
        <translation>BCP 195 プロファイル</translation>
    </message>
    <message>
        <source>the cipher suites</source>
        <translation>暗号スイート</translation>
    </message>
    <message>
        <source>TLS: the private key %1 does not belong to the certificate %2</source>
        <translation>TLS: 秘密鍵 %1 は証明書 %2 のものではありません</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>%1: the server refused the credentials (HTTP %2)</source>
        <translation>%1: サーバーが認証情報を拒否しました(HTTP %2)</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>refused by the server, reason %1</source>
        <translation>サーバーが拒否しました、理由 %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer does not list it</source>
        <translation>サーバーの応答に含まれていません</translation>
    </message>
    <message>
        <source>%1: not an http(s) address of a DICOMweb service</source>
        <translation>%1: DICOMweb サービスの http(s) アドレスではありません</translation>
    </message>
    <message>
        <source>Uploading to %1</source>
        <translation>%1 へアップロード中</translation>
    </message>
    <message>
        <source>DICOMweb %1</source>
        <translation>DICOMweb %1</translation>
    </message>
    <message>
        <source>%1: the package is not intact: %2</source>
        <translation>%1: パッケージが完全ではありません: %2</translation>
    </message>
    <message>
        <source>%1 of %2 instances not received</source>
        <translation>%2 インスタンス中 %1 を受信していません</translation>
    </message>
    <message>
        <source>the node answers no C-FIND (%1): every file is offered</source>
        <translation>ノードが C-FIND に応答しません(%1)。すべてのファイルを送ります</translation>
    </message>
</context>
<context>
    <name>Phantom</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: 書き込めません</translation>
    </message>
    <message>
        <source>%1: cannot create folder</source>
        <translation>%1: フォルダを作成できません</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <source>Writing synthetic CT</source>
        <translation>合成 CT を書き出しています</translation>
    </message>
    <message>
        <source>Writing synthetic chest X-ray</source>
        <translation>合成胸部 X 線画像を書き出しています</translation>
    </message>
    <message>
        <source>the diffusion phantom needs b-values and a grid</source>
        <translation>拡散ファントムには b 値と格子が必要です</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
    <message>
        <source>a bone-scan phantom needs at least one patient</source>
        <translation>骨シンチのファントムには 1 人以上の患者が必要です</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: 読み込めません</translation>
    </message>
    <message>
        <source>no CT to report on</source>
        <translation>レポートの対象となるCTがありません</translation>
    </message>
    <message>
        <source>%1: the folders cannot be made</source>
        <translation>%1: フォルダを作成できません</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>undefined</source>
        <translation>未定義</translation>
    </message>
</context>
<context>
    <name>ReadingStatus</name>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>割り当て済み</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>読影中</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>提出済み</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>レビュー中</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>除外</translation>
    </message>
</context>
<context>
    <name>ReadingStudy</name>
    <message>
        <source>the case has no readings</source>
        <translation>この症例には読影がありません</translation>
    </message>
    <message>
        <source>%1 is not a reader of this case</source>
        <translation>%1 はこの症例の読影者ではありません</translation>
    </message>
    <message>
        <source>the readers&apos; masks are on different grids</source>
        <translation>読影者のマスクのグリッドが一致しません</translation>
    </message>
    <message>
        <source>a login has no leading or trailing spaces and is not empty</source>
        <translation>ログイン名は空にできず、前後に空白を含められません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the consensus set; choose another login</source>
        <translation>「%1」は合議セットの名前です。別のログイン名を選んでください</translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium を初期化できませんでした</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>パスワードのハッシュに必要なメモリが足りません</translation>
    </message>
    <message>
        <source>a consensus starts from &quot;majority&quot;, &quot;staple&quot; or &quot;reader:LOGIN&quot;, not &quot;%1&quot;</source>
        <translation>合議の元は「majority」「staple」「reader:ログイン名」のいずれかです（「%1」ではありません）</translation>
    </message>
    <message>
        <source>%1 is not one of this store&apos;s people; a data manager adds people (radcurator-cli people add)</source>
        <translation>%1 はこのストアの利用者ではありません。データ管理者が利用者を追加します（radcurator-cli people add）</translation>
    </message>
    <message>
        <source>first person of the store: %1</source>
        <translation>ストアの最初の利用者: %1</translation>
    </message>
    <message>
        <source>%1 could not be added</source>
        <translation>%1 を追加できませんでした</translation>
    </message>
    <message>
        <source>%1 was archived on %2 and can no longer act</source>
        <translation>%1 は %2 にアーカイブされたため、操作できません</translation>
    </message>
    <message>
        <source>%1 is a model, not a person: a person acts for it</source>
        <translation>%1 は人ではなくモデルです。操作は人が代わりに行います</translation>
    </message>
    <message>
        <source>%1 has a password: give it</source>
        <translation>%1 にはパスワードがあります。入力してください</translation>
    </message>
    <message>
        <source>wrong password for %1</source>
        <translation>%1 のパスワードが違います</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role %3</source>
        <translation>%1 には「%2」の権限がありません（役割 %3 が必要です）</translation>
    </message>
    <message>
        <source>add people</source>
        <translation>利用者の追加</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (reader, reviewer, data-manager)</source>
        <translation>不明な役割「%1」（reader、reviewer、data-manager）</translation>
    </message>
    <message>
        <source>a model can only be a reader</source>
        <translation>モデルは読影者（reader）にしかなれません</translation>
    </message>
    <message>
        <source>model %1 %2</source>
        <translation>モデル %1 %2</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>create projects</source>
        <translation>プロジェクトの作成</translation>
    </message>
    <message>
        <source>a project needs a name</source>
        <translation>プロジェクトには名前が必要です</translation>
    </message>
    <message>
        <source>a project needs one reader per case or more</source>
        <translation>プロジェクトには症例あたり 1 人以上の読影者が必要です</translation>
    </message>
    <message>
        <source>there is already a project &quot;%1&quot;</source>
        <translation>プロジェクト「%1」は既にあります</translation>
    </message>
    <message>
        <source>%1: %2 reader(s) per case%3%4; targets: %5</source>
        <translation>%1: 症例あたり読影者 %2 人%3%4、目標: %5</translation>
    </message>
    <message>
        <source>, blinded</source>
        <translation>、盲検</translation>
    </message>
    <message>
        <source>, review required</source>
        <translation>、レビュー必須</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>there is no project &quot;%1&quot;</source>
        <translation>プロジェクト「%1」はありません</translation>
    </message>
    <message>
        <source>add cases</source>
        <translation>症例の追加</translation>
    </message>
    <message>
        <source>project %1 has no category &quot;%2&quot; (%3)</source>
        <translation>プロジェクト %1 にカテゴリ「%2」はありません（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n series%1</source>
        <translation>
            <numerusform>%n シリーズ%1</numerusform>
        </translation>
    </message>
    <message>
        <source> as %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>series %1 is not a case of project %2</source>
        <translation>シリーズ %1 はプロジェクト %2 の症例ではありません</translation>
    </message>
    <message>
        <source>exclude cases</source>
        <translation>症例の除外</translation>
    </message>
    <message>
        <source>an exclusion needs a reason</source>
        <translation>除外には理由が必要です</translation>
    </message>
    <message>
        <source>include cases</source>
        <translation>症例の再登録</translation>
    </message>
    <message>
        <source>assign readers</source>
        <translation>読影者の割り当て</translation>
    </message>
    <message>
        <source>%1 is not a reader of this store</source>
        <translation>%1 はこのストアの読影者ではありません</translation>
    </message>
    <message>
        <source>%1 was archived</source>
        <translation>%1 はアーカイブされています</translation>
    </message>
    <message>
        <source>the case is excluded (%1)</source>
        <translation>この症例は除外されています（%1）</translation>
    </message>
    <message>
        <source>%1 already reads this case</source>
        <translation>%1 は既にこの症例を読影しています</translation>
    </message>
    <message numerus="yes">
        <source>the case already has the %n reader(s) project %1 wants</source>
        <translation>
            <numerusform>この症例には既にプロジェクト %1 が求める %n 人の読影者がいます</numerusform>
        </translation>
    </message>
    <message>
        <source>round robin needs readers</source>
        <translation>ラウンドロビンには読影者が必要です</translation>
    </message>
    <message>
        <source>project %1 wants %2 readers per case; %3 given</source>
        <translation>プロジェクト %1 は症例あたり %2 人の読影者を求めていますが、%3 人しか指定されていません</translation>
    </message>
    <message>
        <source>%1 (round robin)</source>
        <translation>%1（ラウンドロビン）</translation>
    </message>
    <message>
        <source>%1 is not assigned to this case</source>
        <translation>%1 はこの症例に割り当てられていません</translation>
    </message>
    <message>
        <source>the reading is %1; a reviewer may return it</source>
        <translation>読影は「%1」です。差し戻しはレビュアーが行えます</translation>
    </message>
    <message>
        <source>blinded reading: the other readers&apos; sets of this case stay hidden until every assigned reader has submitted</source>
        <translation>盲検読影: 割り当てられた全員が提出するまで、この症例の他の読影者のセットは表示されません</translation>
    </message>
    <message>
        <source>the consensus starts once every assigned reader has submitted</source>
        <translation>合議は割り当てられた全員が提出してから始まります</translation>
    </message>
    <message>
        <source>the reading is %1, not yet submitted</source>
        <translation>読影は「%1」で、まだ提出されていません</translation>
    </message>
    <message>
        <source>a consensus is made from the readers&apos; sets (consensus), not imported</source>
        <translation>合議（consensus）は読影者のセットから作るもので、取り込むことはできません</translation>
    </message>
    <message>
        <source>%1 is not one of this store&apos;s people</source>
        <translation>%1 はこのストアの利用者ではありません</translation>
    </message>
    <message>
        <source>import a model&apos;s labels</source>
        <translation>モデルのラベルの取り込み</translation>
    </message>
    <message>
        <source>%1 has read this case already (%2)</source>
        <translation>%1 は既にこの症例を読影しています（%2）</translation>
    </message>
    <message>
        <source>%1 may import labels only into their own set, not %2&apos;s</source>
        <translation>%1 がラベルを取り込めるのは自分のセットだけです（%2 のセットには取り込めません）</translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2（%3 から）</translation>
    </message>
    <message>
        <source>review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>%1 cannot review their own reading</source>
        <translation>%1 は自分の読影をレビューできません</translation>
    </message>
    <message>
        <source>blinded reading: %1 reads this case too and has not seen the others&apos; sets</source>
        <translation>盲検読影: %1 もこの症例を読影しており、他の読影者のセットはまだ見られません</translation>
    </message>
    <message>
        <source>returning a reading needs a comment for the reader</source>
        <translation>差し戻しには読影者へのコメントが必要です</translation>
    </message>
    <message>
        <source>correct readings</source>
        <translation>読影の修正</translation>
    </message>
    <message>
        <source>only a submitted reading can be corrected; %1&apos;s is %2</source>
        <translation>修正できるのは提出済みの読影だけです。%1 の読影は「%2」です</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>%1 may not make a consensus: that needs the role reviewer or data-manager</source>
        <translation>%1 は合議を作成できません（役割 reviewer または data-manager が必要です）</translation>
    </message>
    <message>
        <source>%1 submitted no label set</source>
        <translation>%1 はラベルセットを提出していません</translation>
    </message>
    <message>
        <source>from the set of %1</source>
        <translation>%1 のセットから</translation>
    </message>
    <message numerus="yes">
        <source>majority vote of %n reader(s)</source>
        <translation>
            <numerusform>%n 人の読影者の多数決</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>STAPLE of %n reader(s)</source>
        <translation>
            <numerusform>%n 人の読影者の STAPLE</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not see agreement figures: that needs the role reviewer or data-manager</source>
        <translation>%1 は一致度を閲覧できません（役割 reviewer または data-manager が必要です）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 reader(s) submitted</source>
        <translation>%1 %2: 読影者 %4 人中 %3 人が提出</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>archive people</source>
        <translation>利用者のアーカイブ</translation>
    </message>
    <message>
        <source>%1 cannot archive themselves</source>
        <translation>%1 は自分自身をアーカイブできません</translation>
    </message>
    <message>
        <source>archive projects</source>
        <translation>プロジェクトのアーカイブ</translation>
    </message>
    <message>
        <source>project %1 was archived on %2; nothing in it changes any more</source>
        <translation>プロジェクト %1 は %2 にアーカイブされたため、変更できません</translation>
    </message>
    <message>
        <source>%1 is a model: its labels are imported, not assigned in turn</source>
        <translation>%1 はモデルです。そのラベルは取り込むもので、順番に割り当てるものではありません</translation>
    </message>
    <message>
        <source>the project %1 is archived</source>
        <translation>プロジェクト %1 はアーカイブ済みです</translation>
    </message>
</context>
<context>
    <name>ReportSr</name>
    <message>
        <source>%1: no Study Instance UID</source>
        <translation>%1: Study Instance UID がありません</translation>
    </message>
    <message>
        <source>%1: cannot build the report: %2</source>
        <translation>%1: レポートを組み立てられません: %2</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>%1: no report text (OBX)</source>
        <translation>%1: レポート本文(OBX)がありません</translation>
    </message>
    <message>
        <source>%1: message %2: a damaged MSH segment</source>
        <translation>%1: メッセージ %2: MSH セグメントが壊れています</translation>
    </message>
    <message>
        <source>%1 message %2: not a result message (MSH-9 %3); skipped</source>
        <translation>%1 メッセージ %2: 結果メッセージではありません(MSH-9 %3)。読み飛ばしました</translation>
    </message>
    <message>
        <source>%1 message %2</source>
        <translation>%1 メッセージ %2</translation>
    </message>
    <message>
        <source>%1: no column of report text (findings or impression; a mapping file names them)</source>
        <translation>%1: レポート本文の列(所見または診断)がありません(対応づけファイルで指定できます)</translation>
    </message>
    <message>
        <source>%1: no patient ID or accession number column (a mapping file names them)</source>
        <translation>%1: 患者 ID または受付番号の列がありません(対応づけファイルで指定できます)</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 %2 行目</translation>
    </message>
    <message>
        <source>%1: no report text</source>
        <translation>%1: レポート本文がありません</translation>
    </message>
    <message>
        <source>%1: the study date %2 is not a date; ignored</source>
        <translation>%1: 検査日 %2 は日付ではありません。無視しました</translation>
    </message>
    <message>
        <source>%1: not a mapping file: %2</source>
        <translation>%1: 対応づけファイルではありません: %2</translation>
    </message>
    <message>
        <source>%1: unknown role &quot;%2&quot; (roles: %3)</source>
        <translation>%1: 不明な役割「%2」(役割: %3)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読めません: %2</translation>
    </message>
    <message>
        <source>%1: refused: a PDF report&apos;s text cannot be de-identified reliably; export the reports as text (CSV or HL7) from the RIS</source>
        <translation>%1: 拒否: PDF のレポートは本文を確実に匿名化できません。RIS からテキスト(CSV または HL7)で出力してください</translation>
    </message>
    <message>
        <source>%1: a DICOM file; reports that arrive as SR come in with their images (radcurator-cli import)</source>
        <translation>%1: DICOM ファイルです。SR で届くレポートは画像と一緒に取り込みます(radcurator-cli import)</translation>
    </message>
    <message>
        <source>%1: too large for a report file</source>
        <translation>%1: レポートファイルとしては大きすぎます</translation>
    </message>
    <message>
        <source>%1: not a report file (CSV, XLSX or HL7 v2)</source>
        <translation>%1: レポートファイル(CSV、XLSX、HL7 v2)ではありません</translation>
    </message>
    <message>
        <source>no stored study has this accession number, or this patient ID and date</source>
        <translation>この受付番号、またはこの患者 ID と日付の検査は保存されていません</translation>
    </message>
    <message>
        <source>%1 stored studies match; give the accession number or the study date</source>
        <translation>保存済みの %1 検査が該当します。受付番号か検査日を指定してください</translation>
    </message>
    <message>
        <source>the patient opted out; not imported</source>
        <translation>患者がオプトアウトしています。取り込みません</translation>
    </message>
    <message>
        <source>%1 report(s) read, %2 matched</source>
        <translation>レポート %1 件を読み、%2 件を照合</translation>
    </message>
    <message>
        <source>no such report</source>
        <translation>そのレポートはありません</translation>
    </message>
    <message>
        <source>replaced, or kept by the reviewer</source>
        <translation>置き換え済み(または確認者が残したもの)</translation>
    </message>
    <message>
        <source>SR with the images (series %1)</source>
        <translation>画像と一緒の SR(シリーズ %1)</translation>
    </message>
    <message>
        <source>replaced when the report SR was imported</source>
        <translation>レポート SR の取り込み時に置き換え</translation>
    </message>
    <message>
        <source>%1 report SR(s) that came with the images</source>
        <translation>画像と一緒に届いたレポート SR %1 件</translation>
    </message>
    <message>
        <source>the MeCab dictionary %1 is missing (Debian package mecab-ipadic-utf8)</source>
        <translation>MeCab の辞書 %1 がありません(Debian パッケージ mecab-ipadic-utf8)</translation>
    </message>
    <message>
        <source>MeCab could not load %1: %2</source>
        <translation>MeCab が %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>MeCab could not start: %1</source>
        <translation>MeCab を開始できません: %1</translation>
    </message>
    <message>
        <source>the report&apos;s accession number</source>
        <translation>レポートの受付番号</translation>
    </message>
    <message>
        <source>a name on the site&apos;s staff list</source>
        <translation>施設の職員名簿の名前</translation>
    </message>
    <message>
        <source>a hospital on the site&apos;s list</source>
        <translation>施設の一覧にある病院名</translation>
    </message>
    <message>
        <source>a birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>a date (the profile removes dates)</source>
        <translation>日付(プロファイルが日付を削除)</translation>
    </message>
    <message>
        <source>a date, shifted</source>
        <translation>日付(ずらし済み)</translation>
    </message>
    <message>
        <source>an age over 89</source>
        <translation>89 歳を超える年齢</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>a phone or fax number</source>
        <translation>電話・FAX 番号</translation>
    </message>
    <message>
        <source>an extension number</source>
        <translation>内線番号</translation>
    </message>
    <message>
        <source>a postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>a long number (an accession number or ID)</source>
        <translation>長い数字(受付番号や ID)</translation>
    </message>
    <message>
        <source>a hospital&apos;s name</source>
        <translation>病院名</translation>
    </message>
    <message>
        <source>a person&apos;s name (after a title)</source>
        <translation>人名(敬称の後)</translation>
    </message>
    <message>
        <source>a person&apos;s name (morphological analysis)</source>
        <translation>人名(形態素解析)</translation>
    </message>
    <message>
        <source>a person&apos;s name (before a title)</source>
        <translation>人名(敬称の前)</translation>
    </message>
    <message>
        <source>a person&apos;s name (after a role)</source>
        <translation>人名(役割の後)</translation>
    </message>
    <message>
        <source>the patient&apos;s name</source>
        <translation>患者の氏名</translation>
    </message>
    <message>
        <source>another patient&apos;s name</source>
        <translation>他の患者の氏名</translation>
    </message>
    <message>
        <source>the patient&apos;s ID</source>
        <translation>患者の ID</translation>
    </message>
    <message>
        <source>another patient&apos;s ID</source>
        <translation>他の患者の ID</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>ruler</source>
        <translation>定規</translation>
    </message>
    <message>
        <source>ellipse</source>
        <translation>楕円</translation>
    </message>
    <message>
        <source>rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1を追加</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1を削除</translation>
    </message>
    <message>
        <source>no case store is open</source>
        <translation>症例ストアが開かれていません</translation>
    </message>
    <message>
        <source>the correspondence table stays locked</source>
        <translation>対応表はロックされたままです</translation>
    </message>
    <message>
        <source>no series is open</source>
        <translation>シリーズが開かれていません</translation>
    </message>
    <message>
        <source>no measurement %1</source>
        <translation>計測 %1 はありません</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>%1: not an Excel workbook (no %2)</source>
        <translation>%1: Excel のブックではありません（%2 がありません）</translation>
    </message>
    <message>
        <source>%1: %2 is too large</source>
        <translation>%1: %2 が大きすぎます</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1: %2 を読めません</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (not a zip archive)</source>
        <translation>%1: Excel のブックではありません（zip アーカイブではありません）</translation>
    </message>
    <message>
        <source>%1: the first sheet is empty</source>
        <translation>%1: 最初のシートが空です</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読めません: %2</translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation>%1: 空です</translation>
    </message>
    <message>
        <source>%1: %2 is damaged (line %3): %4</source>
        <translation>%1: %2 が壊れています（%3 行目）: %4</translation>
    </message>
    <message>
        <source>%1: %2, cell %3: %4</source>
        <translation>%1: %2、セル %3: %4</translation>
    </message>
    <message>
        <source>%1: %2: row number &quot;%3&quot; is not a row of a sheet (1 to %4)</source>
        <translation>%1: %2: 行番号「%3」はシートの行ではありません（1〜%4）</translation>
    </message>
    <message>
        <source>%1: %2: more than %3 rows</source>
        <translation>%1: %2: 行が %3 行を超えています</translation>
    </message>
    <message>
        <source>not a cell reference of a sheet (A1 to XFD1048576)</source>
        <translation>シートのセル参照ではありません（A1〜XFD1048576）</translation>
    </message>
    <message>
        <source>past the last column XFD</source>
        <translation>最後の列 XFD を超えています</translation>
    </message>
    <message>
        <source>shared string %1 does not exist (the workbook has %2)</source>
        <translation>共有文字列 %1 はありません（ブックにあるのは %2 個）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date Excel can show (serial 1 to %2)</source>
        <translation>「%1」は Excel で表せる日付ではありません（シリアル値 1〜%2）</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>no case store folder given</source>
        <translation>症例ストアのフォルダが指定されていません</translation>
    </message>
    <message>
        <source>%1: cannot create the case store folder</source>
        <translation>%1: 症例ストアのフォルダを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot open database: %2</source>
        <translation>%1: データベースを開けません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot lock database: %2</source>
        <translation>%1: データベースをロックできません: %2</translation>
    </message>
    <message>
        <source>%1: not a case database: %2</source>
        <translation>%1: 症例データベースではありません: %2</translation>
    </message>
    <message>
        <source>%1: database schema version %2 is newer than this RadCurator (%3); use a newer version</source>
        <translation>%1: データベースのスキーマ版 %2 はこの RadCurator（%3）より新しいです。新しい版を使ってください</translation>
    </message>
    <message>
        <source>%1: migration to schema %2 failed: %3</source>
        <translation>%1: スキーマ %2 への移行に失敗しました: %3</translation>
    </message>
    <message>
        <source>%1: cannot create folder</source>
        <translation>%1: フォルダを作成できません</translation>
    </message>
    <message>
        <source>series %1: %2</source>
        <translation>シリーズ %1: %2</translation>
    </message>
    <message>
        <source>study %1 is already filed under another patient</source>
        <translation>検査 %1 はすでに別の患者の下に保存されています</translation>
    </message>
    <message>
        <source>series is already filed under another study</source>
        <translation>このシリーズはすでに別の検査の下に保存されています</translation>
    </message>
    <message>
        <source>instance %1: %2</source>
        <translation>インスタンス %1: %2</translation>
    </message>
    <message>
        <source>unknown table %1</source>
        <translation>不明なテーブル %1</translation>
    </message>
    <message>
        <source>no instance %1 in the store</source>
        <translation>ストアにインスタンス %1 はありません</translation>
    </message>
    <message>
        <source>no patient %1 in the store</source>
        <translation>ストアに患者 %1 はいません</translation>
    </message>
    <message>
        <source>opt-out of %1: %2</source>
        <translation>%1 のオプトアウト: %2</translation>
    </message>
    <message>
        <source>no series %1 in the store</source>
        <translation>ストアにシリーズ %1 はありません</translation>
    </message>
    <message>
        <source>the export to %1 was not recorded: %2</source>
        <translation>%1 への書き出しを記録できませんでした: %2</translation>
    </message>
    <message>
        <source>series %1: instance %2 carries patient code %3, not %4; nothing of the series was filed</source>
        <translation>シリーズ %1: インスタンス %2 の患者符号が %4 ではなく %3 です。このシリーズは何も保存していません</translation>
    </message>
    <message>
        <source>series %1, instance %2</source>
        <translation>シリーズ %1、インスタンス %2</translation>
    </message>
    <message>
        <source>measurement %1 has an unknown kind %2</source>
        <translation>計測 %1 の種類 %2 が不明です</translation>
    </message>
    <message>
        <source>measurement %1 is damaged</source>
        <translation>計測 %1 が壊れています</translation>
    </message>
    <message>
        <source>no measurement %1 in the store</source>
        <translation>ストアに計測 %1 はありません</translation>
    </message>
    <message>
        <source>the clinical record of %1 is damaged: %2</source>
        <translation>%1 の臨床記録が壊れています: %2</translation>
    </message>
    <message>
        <source>the clinical record of %1 was not saved: %2</source>
        <translation>%1 の臨床記録を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>the clinical record of %1 was saved elsewhere meanwhile (by %2 at %3)</source>
        <translation>%1 の臨床記録はその間に別の場所で保存されました（%2、%3）</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>他の利用者</translation>
    </message>
    <message>
        <source>%1: cannot lock the case store: %2</source>
        <translation>%1: 症例ストアをロックできません: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: 作成できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot lock: %2</source>
        <translation>%1: ロックできません: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder: %2</source>
        <translation>%1: フォルダを作成できません: %2</translation>
    </message>
    <message>
        <source>cannot remove what an interrupted job left in the scratch folder: %1</source>
        <translation>中断した処理が作業フォルダに残したものを削除できません: %1</translation>
    </message>
    <message>
        <source>labels of series %1</source>
        <translation>シリーズ %1 のラベル</translation>
    </message>
    <message>
        <source>consensus labels of series %1</source>
        <translation>シリーズ %1 の合議ラベル</translation>
    </message>
    <message>
        <source>labels of %1 on series %2</source>
        <translation>シリーズ %2 の %1 のラベル</translation>
    </message>
    <message>
        <source>%1, segment %2: %3</source>
        <translation>%1、セグメント %2: %3</translation>
    </message>
    <message>
        <source>%1 are damaged: %2</source>
        <translation>%1 が破損しています: %2</translation>
    </message>
    <message>
        <source>%1 not saved: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>the labels are of series %1</source>
        <translation>ラベルはシリーズ %1 のものです</translation>
    </message>
    <message>
        <source>%1 were saved elsewhere meanwhile (by %2 at %3, revision %4; this copy was read at revision %5)</source>
        <translation>%1 はその間に別の場所で保存されました（%2、%3、リビジョン %4。このコピーはリビジョン %5 で読み込まれました）</translation>
    </message>
    <message>
        <source>there is no such label set</source>
        <translation>そのラベルセットはありません</translation>
    </message>
    <message>
        <source>%1: no revision made: %2</source>
        <translation>%1: リビジョンを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>revision %1 of the %2</source>
        <translation>%2 のリビジョン %1</translation>
    </message>
    <message>
        <source>%1: there is no such revision</source>
        <translation>%1: そのリビジョンはありません</translation>
    </message>
    <message>
        <source>%1 is not assigned to this case</source>
        <translation>%1 はこの症例に割り当てられていません</translation>
    </message>
    <message>
        <source>the reading of %1 is %2 (changed meanwhile?), not %3</source>
        <translation>%1 の読影状態は %3 ではなく %2 です（その間に変更されましたか？）</translation>
    </message>
    <message>
        <source>the reading of %1 was saved meanwhile by %2 at %3 (revision %4); reload it</source>
        <translation>%1 の読影はその間に %2 が %3 に保存しました(版 %4): 読み込み直してください</translation>
    </message>
    <message>
        <source>a hotspot mark refers to a later mark</source>
        <translation>ホットスポットの印が後の印を参照しています</translation>
    </message>
    <message>
        <source>no study %1 in the store</source>
        <translation>検査 %1 は症例ストアにありません</translation>
    </message>
    <message>
        <source>%1 report(s) stored</source>
        <translation>レポート %1 件を保存</translation>
    </message>
    <message>
        <source>no report %1 in the store</source>
        <translation>レポート %1 は症例ストアにありません</translation>
    </message>
    <message>
        <source>report %1 was changed by someone else since it was opened (revision %2); nothing was saved</source>
        <translation>レポート %1 は開いた後に他の人が変更しました(版 %2)。保存していません</translation>
    </message>
    <message>
        <source>report %1 (revision %2)</source>
        <translation>レポート %1(版 %2)</translation>
    </message>
    <message>
        <source>report %1 was changed by someone else since it was opened (revision %2); not confirmed</source>
        <translation>レポート %1 は開いた後に他の人が変更しました(版 %2)。確定していません</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>レポート %1</translation>
    </message>
    <message>
        <source>%1: cannot read the store&apos;s settings</source>
        <translation>%1: ストアの設定を読み込めません</translation>
    </message>
    <message>
        <source>%1: cannot write the store&apos;s settings: %2</source>
        <translation>%1: ストアの設定を書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: this store keeps its database in %2; it cannot be moved to a database server</source>
        <translation>%1: このストアのデータベースは %2 にあります。データベースサーバーへは移せません</translation>
    </message>
    <message>
        <source>%1: this store&apos;s database is %2, not %3</source>
        <translation>%1: このストアのデータベースは %2 であり、%3 ではありません</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>%1: Qt の PostgreSQL ドライバー（QPSQL）がインストールされていません（Debian: libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>%1: cannot connect to the database: %2</source>
        <translation>%1: データベースに接続できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot create schema %2: %3</source>
        <translation>%1: スキーマ %2 を作成できません: %3</translation>
    </message>
    <message>
        <source>%1: not a database URL (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>%1: データベース URL ではありません（postgresql://USER@HOST:PORT/DATABASE）</translation>
    </message>
    <message>
        <source>%1: a database URL names the user, the host and the database (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>%1: データベース URL にはユーザー、ホスト、データベースを指定します（postgresql://USER@HOST:PORT/DATABASE）</translation>
    </message>
    <message>
        <source>%1: unknown database URL option %2 (only schema=NAME)</source>
        <translation>%1: 不明なデータベース URL オプション %2（使えるのは schema=NAME のみ）</translation>
    </message>
    <message>
        <source>%1: schema %2 is not a plain lower-case name (letters, digits, _)</source>
        <translation>%1: スキーマ %2 は単純な小文字の名前（英字、数字、_）ではありません</translation>
    </message>
    <message>
        <source>%1: cannot create the journal folder</source>
        <translation>%1: ジャーナルフォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1, segment %2: the mask&apos;s grid differs from the others&apos;</source>
        <translation>%1、セグメント %2: マスクのグリッドが他と異なります</translation>
    </message>
    <message>
        <source>%1: cannot remove</source>
        <translation>%1: 削除できません</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>instance %1 (%2)</source>
        <translation>インスタンス %1（%2）</translation>
    </message>
    <message>
        <source>Checking stored files</source>
        <translation>保存ファイルを検査しています</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is not the one recorded when it was filed</source>
        <translation>ファイルの SHA-256 が保存時に記録した値と異なります</translation>
    </message>
    <message>
        <source>the file&apos;s SOP Instance UID is %1</source>
        <translation>ファイルの SOP Instance UID が %1 です</translation>
    </message>
    <message>
        <source>the file&apos;s Series Instance UID is %1, the row&apos;s %2</source>
        <translation>ファイルの Series Instance UID が %1、データベースの行では %2 です</translation>
    </message>
    <message>
        <source>the file&apos;s Study Instance UID is %1, the row&apos;s %2</source>
        <translation>ファイルの Study Instance UID が %1、データベースの行では %2 です</translation>
    </message>
    <message>
        <source>the file carries patient code &quot;%1&quot; but is filed under patient %2</source>
        <translation>ファイルの患者符号は「%1」ですが、患者 %2 として保存されています</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>検査を中止しました</translation>
    </message>
    <message>
        <source>no row of the database names this file</source>
        <translation>このファイルを指すデータベースの行がありません</translation>
    </message>
    <message numerus="yes">
        <source>left in the scratch folder by an interrupted import or export (%n file(s)); check --repair or the next start removes it</source>
        <translation>
            <numerusform>中断した取り込みまたはエクスポートが作業フォルダに残したもの（%n ファイル）。check --repair か次回の起動で削除されます</numerusform>
        </translation>
    </message>
    <message>
        <source>the correspondence table cannot be read: %1</source>
        <translation>対応表を読めません: %1</translation>
    </message>
    <message>
        <source>the correspondence table cannot be opened: %1</source>
        <translation>対応表を開けません: %1</translation>
    </message>
    <message>
        <source>the correspondence table is not a file</source>
        <translation>対応表がファイルではありません</translation>
    </message>
    <message>
        <source>the store holds patients but no correspondence table</source>
        <translation>ストアに患者がいますが対応表がありません</translation>
    </message>
</context>
<context>
    <name>StoreDeid</name>
    <message>
        <source>unknown de-identification option %1</source>
        <translation>未知の匿名化オプション %1</translation>
    </message>
    <message>
        <source>this store de-identifies with profile &apos;%1&apos; (options: %2); a store keeps one profile</source>
        <translation>このストアはプロファイル &apos;%1&apos;（オプション: %2）で匿名化しています。ストアのプロファイルは変えられません</translation>
    </message>
    <message>
        <source>no patient %1 in the correspondence table</source>
        <translation>対応表に患者 %1 はいません</translation>
    </message>
    <message>
        <source>this store&apos;s patients are coded with the correspondence table of another workstation (its de-identification station); import there. A table made here would give the same patient another code. The table made here (%1) is not used and can be deleted.</source>
        <translation>このストアの患者は別の端末（匿名化ステーション）の対応表で符号化されています。取り込みはその端末で行ってください。この端末で作った対応表では同じ患者に別の符号が付きます。この端末で作られた対応表（%1）は使われないため削除できます。</translation>
    </message>
</context>
<context>
    <name>ToolSettings</name>
    <message>
        <source>Ground glass (-950 to -200 HU)</source>
        <translation>すりガラス影（-950 ～ -200 HU）</translation>
    </message>
    <message>
        <source>Solid nodule / soft tissue (-200 to 200 HU)</source>
        <translation>充実性結節・軟部組織（-200 ～ 200 HU）</translation>
    </message>
    <message>
        <source>Emphysema (-1024 to -950 HU)</source>
        <translation>肺気腫（-1024 ～ -950 HU）</translation>
    </message>
    <message>
        <source>Lung (-1000 to -400 HU)</source>
        <translation>肺野（-1000 ～ -400 HU）</translation>
    </message>
    <message>
        <source>Fluid (-10 to 30 HU)</source>
        <translation>液体（-10 ～ 30 HU）</translation>
    </message>
    <message>
        <source>Bone (200 to 3000 HU)</source>
        <translation>骨（200 ～ 3000 HU）</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>must be an object {...}</source>
        <translation>オブジェクト {...} である必要があります</translation>
    </message>
    <message>
        <source>must be [red, green, blue]</source>
        <translation>[赤, 緑, 青] である必要があります</translation>
    </message>
    <message>
        <source>each colour value must be a whole number from 0 to 255</source>
        <translation>色の値はそれぞれ 0 ～ 255 の整数である必要があります</translation>
    </message>
    <message>
        <source>needs at least one term</source>
        <translation>用語が一つ以上必要です</translation>
    </message>
    <message>
        <source>%1: cannot read the vocabulary: %2</source>
        <translation>%1: 語彙ファイルを読めません: %2</translation>
    </message>
    <message>
        <source>only format 1 is known</source>
        <translation>対応している形式は 1 だけです</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>読影者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>rc::AdcController</name>
    <message>
        <source>busy</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Computing the ADC map…</source>
        <translation>ADC マップを計算しています…</translation>
    </message>
    <message>
        <source>ADC computation cancelled; nothing was added</source>
        <translation>ADC 計算をキャンセルしました。何も追加されていません</translation>
    </message>
    <message>
        <source>Compute ADC map</source>
        <translation>ADC マップを計算</translation>
    </message>
    <message>
        <source>ADC map computed: %1 (b-values from %2). %3</source>
        <translation>ADC マップを計算しました: %1（b 値の取得元 %2）。%3</translation>
    </message>
    <message>
        <source>The scanner&apos;s ADC map differs by %1 ×10⁻⁶ mm²/s on average inside the body.</source>
        <translation>装置の ADC マップとの差は体内平均で %1 ×10⁻⁶ mm²/s です。</translation>
    </message>
    <message>
        <source>Making the ADC candidate mask…</source>
        <translation>ADC 候補マスクを作成しています…</translation>
    </message>
    <message>
        <source>the series changed</source>
        <translation>シリーズが変わりました</translation>
    </message>
    <message>
        <source>ADC candidate mask</source>
        <translation>ADC 候補マスク</translation>
    </message>
    <message>
        <source>ADC candidate</source>
        <translation>ADC 候補</translation>
    </message>
    <message>
        <source>Candidate segment with %1 voxels: erase what is not tumour.</source>
        <translation>%1 ボクセルの候補セグメント: 腫瘍でない部分を消去してください。</translation>
    </message>
</context>
<context>
    <name>rc::AdcHistogramView</name>
    <message>
        <source>Drag across the histogram to choose the ADC range</source>
        <translation>ヒストグラム上をドラッグして ADC 範囲を選びます</translation>
    </message>
    <message>
        <source>no ADC values</source>
        <translation>ADC 値がありません</translation>
    </message>
</context>
<context>
    <name>rc::AdcPanel</name>
    <message>
        <source>ADC values inside the active segment</source>
        <translation>アクティブなセグメント内の ADC 値</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Volume (mL)</source>
        <translation>体積 (mL)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>標準偏差</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P25</source>
        <translation>P25</translation>
    </message>
    <message>
        <source>P75</source>
        <translation>P75</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Skewness</source>
        <translation>歪度</translation>
    </message>
    <message>
        <source>Kurtosis</source>
        <translation>尖度</translation>
    </message>
    <message>
        <source>Entropy (bits)</source>
        <translation>エントロピー (bit)</translation>
    </message>
    <message>
        <source>Open an ADC map (Diffusion &gt; Compute ADC map) to see the ADC inside its segments.</source>
        <translation>ADC マップを開くと（拡散 &gt; ADC マップを計算）、セグメント内の ADC が表示されます。</translation>
    </message>
    <message>
        <source>ADC map: choose or make a segment (Diffusion &gt; ADC candidate mask).</source>
        <translation>ADC マップ: セグメントを選ぶか作成してください（拡散 &gt; ADC 候補マスク）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: ADC in 10⁻⁶ mm²/s, %n lesion(s)</source>
        <translation>
            <numerusform>%1: ADC（×10⁻⁶ mm²/s）、病変 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Lesion %1</source>
        <translation>病変 %1</translation>
    </message>
</context>
<context>
    <name>rc::AdcThresholdDialog</name>
    <message>
        <source>ADC candidate mask</source>
        <translation>ADC 候補マスク</translation>
    </message>
    <message>
        <source>Low ADC means high cell density. The voxels in the range become a semi-automatic segment; erase what is not tumour (brain, spleen, marrow, bowel, nodes) with the annotation tools.</source>
        <translation>ADC が低いほど細胞密度が高いことを示します。範囲内のボクセルが半自動セグメントになります。腫瘍でない部分（脳、脾臓、骨髄、腸管、リンパ節）はアノテーションツールで消去してください。</translation>
    </message>
    <message>
        <source> ×10⁻⁶ mm²/s</source>
        <translation> ×10⁻⁶ mm²/s</translation>
    </message>
    <message>
        <source>ADC above</source>
        <translation>ADC 下限（超）</translation>
    </message>
    <message>
        <source>ADC below</source>
        <translation>ADC 上限（未満）</translation>
    </message>
    <message>
        <source> mm³</source>
        <translation> mm³</translation>
    </message>
    <message>
        <source>Remove islands smaller than</source>
        <translation>次より小さい島を除去</translation>
    </message>
    <message>
        <source>and a high signal on the highest-b image (above its median inside the body)</source>
        <translation>かつ最高 b 値画像で高信号（体内の中央値より上）</translation>
    </message>
    <message>
        <source>ADC candidate</source>
        <translation>ADC 候補</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>セグメント名</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Make the segment</source>
        <translation>セグメントを作成</translation>
    </message>
    <message>
        <source>%1 voxels (%2 mL) before island removal</source>
        <translation>%1 ボクセル（%2 mL、島除去前）</translation>
    </message>
</context>
<context>
    <name>rc::AgreementDialog</name>
    <message>
        <source>Dice per case</source>
        <translation>症例ごとの Dice</translation>
    </message>
    <message>
        <source>Bland-Altman: needs two or more cases read by the same two readers</source>
        <translation>Bland-Altman: 同じ 2 人の読影者による 2 症例以上が必要です</translation>
    </message>
    <message>
        <source>Bland-Altman: %1 (%2 − %3)</source>
        <translation>Bland-Altman: %1（%2 − %3）</translation>
    </message>
    <message>
        <source>Agreement — %1</source>
        <translation>一致度 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) compared (every reader submitted); %1 not yet.</source>
        <translation>
            <numerusform>%n 症例を比較しました（全読影者が提出済み）。未完了 %1 症例。</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>統計量</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>読影者</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>症例数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>bias %1 (%2 … %3)</source>
        <translation>バイアス %1（%2 … %3）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>構造</translation>
    </message>
    <message>
        <source>Reader A</source>
        <translation>読影者 A</translation>
    </message>
    <message>
        <source>Reader B</source>
        <translation>読影者 B</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>HD95 (mm)</source>
        <translation>HD95 (mm)</translation>
    </message>
    <message>
        <source>Volume difference (mL)</source>
        <translation>体積差 (mL)</translation>
    </message>
    <message>
        <source>infinite (one mask empty)</source>
        <translation>無限大（一方のマスクが空）</translation>
    </message>
    <message>
        <source>undefined (both empty)</source>
        <translation>未定義（両方とも空）</translation>
    </message>
    <message>
        <source>Segments per case</source>
        <translation>症例ごとのセグメント</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV で保存…</translation>
    </message>
    <message>
        <source>Save the agreement figures</source>
        <translation>一致度を保存</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>mean of the two readers</source>
        <translation>2 人の読影者の平均</translation>
    </message>
    <message>
        <source>difference (A − B)</source>
        <translation>差（A − B）</translation>
    </message>
</context>
<context>
    <name>rc::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>誰が</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Patient code</source>
        <translation>患者コード</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>日時 (UTC)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV で保存…</translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>監査ログを保存</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>rc::BoneScanComparisonDialog</name>
    <message>
        <source>undefined</source>
        <translation>未定義</translation>
    </message>
    <message>
        <source>Bone-scan comparison — %1</source>
        <translation>骨シンチ比較 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with readings</source>
        <translation>
            <numerusform>読影のある症例 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a majority</source>
        <translation>
            <numerusform>、多数決あり %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n tied (no reference)</source>
        <translation>
            <numerusform>、判定が割れた %n 件(参照なし)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 result(s) on its own tracer%3, %4 on another tracer not counted</source>
        <translation>%1: 自身のトレーサー%3 での結果 %2 件、他のトレーサーでの %4 件は数えない</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>カットオフ</translation>
    </message>
    <message>
        <source>Bland-Altman of</source>
        <translation>Bland-Altman の対象</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>閾値</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% 信頼区間</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV で保存…</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>感度</translation>
    </message>
    <message>
        <source>specificity</source>
        <translation>特異度</translation>
    </message>
    <message>
        <source>Against the readers&apos; majority (programs at %1)</source>
        <translation>読影医の多数決に対して(プログラムは %1)</translation>
    </message>
    <message>
        <source>Bland-Altman: needs two or more cases</source>
        <translation>Bland-Altman: 2 症例以上が必要です</translation>
    </message>
    <message>
        <source>Bland-Altman: BSI, %1</source>
        <translation>Bland-Altman: BSI、%1</translation>
    </message>
    <message>
        <source>Bland-Altman: count of %1 − readers&apos; median</source>
        <translation>Bland-Altman: %1 の数 − 読影医の中央値</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>difference (%)</source>
        <translation>差 (%)</translation>
    </message>
    <message>
        <source>difference (lesions)</source>
        <translation>差(病変数)</translation>
    </message>
    <message>
        <source>Save the comparison</source>
        <translation>比較を保存</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>rc::BoneScanController</name>
    <message>
        <source>Bone-scan reading saved (revision %1)</source>
        <translation>骨シンチの読影を保存しました(版 %1)</translation>
    </message>
    <message>
        <source>%1
The reading shown is the one you last saved; reopen the case to see the other.</source>
        <translation>%1
表示中の読影はあなたが最後に保存したものです。もう一方を見るには症例を開き直してください。</translation>
    </message>
    <message>
        <source>No hotspot reading: %1</source>
        <translation>ホットスポット読影なし: %1</translation>
    </message>
    <message>
        <source>Open the case from the worklist to read it: hotspots are marked per reader.</source>
        <translation>ワークリストから症例を開いて読影してください: ホットスポットは読影医ごとに記録されます。</translation>
    </message>
    <message>
        <source>no view %1 of this scan</source>
        <translation>この検査に像 %1 はありません</translation>
    </message>
    <message>
        <source>the point is outside the image</source>
        <translation>その点は画像の外です</translation>
    </message>
    <message>
        <source>Same lesion as %1 (%2, %3)</source>
        <translation>%1 と同じ病変(%2、%3)</translation>
    </message>
    <message>
        <source>no mark placed</source>
        <translation>印は付けられていません</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Not the same lesion</source>
        <translation>同じ病変ではない</translation>
    </message>
    <message>
        <source>Remove the mark</source>
        <translation>印を削除</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: 書き込めません</translation>
    </message>
</context>
<context>
    <name>rc::BoneScanPanel</name>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Percentile of the counts</source>
        <translation>カウントのパーセンタイル</translation>
    </message>
    <message>
        <source>Maximum count</source>
        <translation>最大カウント</translation>
    </message>
    <message>
        <source>Upper level from</source>
        <translation>上限の基準</translation>
    </message>
    <message>
        <source> th percentile</source>
        <translation> パーセンタイル</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>パーセンタイル</translation>
    </message>
    <message>
        <source>+ darker, - brighter (in the view)</source>
        <translation>+ 濃く、- 淡く(画像上で)</translation>
    </message>
    <message>
        <source>Upper level</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Inverted (hot = dark)</source>
        <translation>白黒反転(集積 = 黒)</translation>
    </message>
    <message>
        <source>Mirror the posterior view</source>
        <translation>後面像を左右反転</translation>
    </message>
    <message>
        <source>Both views then show the patient&apos;s right on the same side</source>
        <translation>両方の像で患者の右が同じ側になります</translation>
    </message>
    <message>
        <source>Hotspot reading</source>
        <translation>ホットスポット読影</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Metastases</source>
        <translation>転移</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>病変</translation>
    </message>
    <message>
        <source>EOD by the count</source>
        <translation>転移数による EOD</translation>
    </message>
    <message>
        <source>as counted</source>
        <translation>数のとおり</translation>
    </message>
    <message>
        <source>EOD given</source>
        <translation>入力した EOD</translation>
    </message>
    <message>
        <source>why the grade differs from the count</source>
        <translation>転移数による値と違う理由</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Superscan</source>
        <translation>スーパースキャン</translation>
    </message>
    <message>
        <source>as marked</source>
        <translation>印のとおり</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Metastasis</source>
        <translation>転移の有無</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>印を削除</translation>
    </message>
    <message>
        <source>Open the case from the worklist to read it: hotspots are marked per reader.</source>
        <translation>ワークリストから症例を開いて読影してください: ホットスポットは読影医ごとに記録されます。</translation>
    </message>
    <message>
        <source>%1&apos;s reading, read-only: %2</source>
        <translation>%1 の読影(読み取り専用): %2</translation>
    </message>
    <message>
        <source>%1&apos;s reading. Click a hotspot to mark it; click a mark to change it.</source>
        <translation>%1 の読影。ホットスポットをクリックして印を付け、印をクリックすると変更できます。</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n metastases</source>
        <translation>
            <numerusform>合計: 転移 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n lesions)</source>
        <translation>
            <numerusform>(病変 %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在: %1</translation>
    </message>
    <message>
        <source>POST</source>
        <translation>後面</translation>
    </message>
    <message>
        <source>ANT</source>
        <translation>前面</translation>
    </message>
    <message>
        <source> (same lesion as %1)</source>
        <translation>(%1 と同じ病変)</translation>
    </message>
</context>
<context>
    <name>rc::ClinicalImportDialog</name>
    <message>
        <source>Import clinical data</source>
        <translation>臨床データの取り込み</translation>
    </message>
    <message>
        <source>Choose the spreadsheet (.xlsx, .csv)…</source>
        <translation>表計算ファイルを選択（.xlsx、.csv）…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Patient code</source>
        <translation>患者符号</translation>
    </message>
    <message>
        <source>Original patient ID (looked up in the correspondence table)</source>
        <translation>元の患者 ID（対応表で照合）</translation>
    </message>
    <message>
        <source>Column naming the patient</source>
        <translation>患者を示す列</translation>
    </message>
    <message>
        <source>It holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Column of the sheet</source>
        <translation>シートの列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Replace filled values that differ (listed below after an import)</source>
        <translation>入力済みで異なる値を置き換える（取り込み後に下に一覧表示）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Clinical data</source>
        <translation>臨床データ</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表計算ファイル (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>The correspondence table is needed to match original patient IDs.</source>
        <translation>元の患者 ID の照合には対応表が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%n clinical record(s) written.</source>
        <translation>
            <numerusform>臨床記録を %n 件書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>written: %1 %2: %3 → %4</source>
        <translation>書き込み: %1 %2: %3 → %4</translation>
    </message>
    <message>
        <source>kept (differs): %1 %2: stored %3, sheet %4</source>
        <translation>保持（相違あり）: %1 %2: 保存値 %3、シート %4</translation>
    </message>
    <message>
        <source>no patient: row %1 (%2): %3</source>
        <translation>該当患者なし: %1 行目（%2）: %3</translation>
    </message>
    <message>
        <source>refused: row %1, %2: %3</source>
        <translation>拒否: %1 行目、%2: %3</translation>
    </message>
    <message>
        <source>To replace the kept values, tick &quot;Replace filled values&quot; and import again.</source>
        <translation>保持した値を置き換えるには「入力済みで異なる値を置き換える」にチェックして再度取り込んでください。</translation>
    </message>
</context>
<context>
    <name>rc::ClinicalRecordDialog</name>
    <message>
        <source>Clinical record of %1 (%2)</source>
        <translation>%1 の臨床記録（%2）</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未入力）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>rc::ComputeAdcDialog</name>
    <message>
        <source>Compute ADC map</source>
        <translation>ADC マップを計算</translation>
    </message>
    <message>
        <source>The diffusion series is grouped into b-value shells (b-values within 1 s/mm² are one shell; directions are combined as a trace-weighted image). The ADC map and each shell&apos;s image become new series of the study.</source>
        <translation>拡散強調シリーズを b 値シェルにまとめます（差が 1 s/mm² 以内の b 値は 1 シェル。方向はトレース強調画像に合成）。ADC マップと各シェルの画像は検査の新しいシリーズになります。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Two shells: the lowest and the highest b-value</source>
        <translation>2 シェル: 最低と最高の b 値</translation>
    </message>
    <message>
        <source>Two shells, chosen by b-value:</source>
        <translation>2 シェル（b 値で指定）:</translation>
    </message>
    <message>
        <source>Log-linear least-squares fit over all shells</source>
        <translation>全シェルの対数線形最小二乗フィット</translation>
    </message>
    <message>
        <source> s/mm²</source>
        <translation> s/mm²</translation>
    </message>
    <message>
        <source>Low b</source>
        <translation>低 b 値</translation>
    </message>
    <message>
        <source>High b</source>
        <translation>高 b 値</translation>
    </message>
    <message>
        <source>Noise floor</source>
        <translation>ノイズフロア</translation>
    </message>
    <message>
        <source>Chosen from the background (corners of the low-b image)</source>
        <translation>背景から自動選択（低 b 値画像の四隅）</translation>
    </message>
    <message>
        <source>Low-b signal at or below</source>
        <translation>低 b 値信号がこの値以下</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>計算</translation>
    </message>
</context>
<context>
    <name>rc::DoseDialog</name>
    <message>
        <source>Radiation dose of the study</source>
        <translation>検査の被ばく線量</translation>
    </message>
    <message>
        <source>from the scanner&apos;s radiation dose SR</source>
        <translation>装置の線量 SR から</translation>
    </message>
    <message>
        <source>from the CT images&apos; CTDIvol (no dose SR; the images carry no DLP)</source>
        <translation>CT 画像の CTDIvol から(線量 SR なし。画像には DLP がありません)</translation>
    </message>
    <message>
        <source>no dose information: neither a dose SR nor CT images with CTDIvol</source>
        <translation>線量情報なし: 線量 SR も CTDIvol のある CT 画像もありません</translation>
    </message>
    <message>
        <source>Study of %1, %2: %3. Total DLP: %4 mGy·cm.</source>
        <translation>%1 の検査、%2: %3。DLP 合計: %4 mGy·cm。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>撮影</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>CTDIvol (mGy)</source>
        <translation>CTDIvol (mGy)</translation>
    </message>
    <message>
        <source>DLP (mGy·cm)</source>
        <translation>DLP (mGy·cm)</translation>
    </message>
    <message>
        <source>Scan length (mm)</source>
        <translation>撮影範囲 (mm)</translation>
    </message>
    <message>
        <source>kVp</source>
        <translation>管電圧 (kV)</translation>
    </message>
    <message>
        <source>Tube current (mA)</source>
        <translation>管電流 (mA)</translation>
    </message>
    <message>
        <source>Rotation (s)</source>
        <translation>回転時間 (s)</translation>
    </message>
    <message>
        <source>mAs</source>
        <translation>mAs</translation>
    </message>
    <message>
        <source>Phantom</source>
        <translation>ファントム</translation>
    </message>
    <message>
        <source>SSDE (mGy)</source>
        <translation>SSDE (mGy)</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>CSV を保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the dose as CSV</source>
        <translation>線量を CSV で保存</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>線量</translation>
    </message>
</context>
<context>
    <name>rc::ExportController</name>
    <message>
        <source>No case store</source>
        <translation>症例ストアがありません</translation>
    </message>
    <message>
        <source>Open a case store first.</source>
        <translation>先に症例ストアを開いてください。</translation>
    </message>
    <message>
        <source>Export dataset</source>
        <translation>データセットのエクスポート</translation>
    </message>
    <message>
        <source>The store holds no cases.</source>
        <translation>ストアに症例がありません。</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Correspondence table</source>
        <translation>対応表</translation>
    </message>
    <message>
        <source>Exporting the dataset…</source>
        <translation>データセットをエクスポート中…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was handed over</source>
        <translation>エクスポートをキャンセルしました。何も渡していません</translation>
    </message>
    <message>
        <source>%1: %2 patients, %3 studies, %4 series, %5 DICOM files; recorded as export %6.</source>
        <translation>%1: 患者 %2 人、検査 %3 件、シリーズ %4、DICOM ファイル %5 個。エクスポート %6 として記録しました。</translation>
    </message>
    <message numerus="yes">
        <source>The case sheet is marked incomplete: %n required cell(s) are empty.</source>
        <translation>
            <numerusform>症例シートは不完全と記されています: 必須項目の空欄が %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out of the measurement reports (also listed in the README):</source>
        <translation>計測レポートから除外したもの（README にも記載）:</translation>
    </message>
</context>
<context>
    <name>rc::ExportDatasetDialog</name>
    <message>
        <source>Export dataset</source>
        <translation>データセットのエクスポート</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>症例</translation>
    </message>
    <message>
        <source>the company or institution that receives the data</source>
        <translation>データを受け取る企業や機関</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Case sheet</source>
        <translation>症例シート</translation>
    </message>
    <message>
        <source>Export even if required cells of the case sheet are empty (the sheet is marked incomplete)</source>
        <translation>症例シートの必須項目が空欄でも出力する（シートに「不完全」と記します）</translation>
    </message>
    <message>
        <source>Include segments made by AI models that no reader verified (marked UNVERIFIED)</source>
        <translation>AI モデルが作り誰も確認していないセグメントも含める（UNVERIFIED と記します）</translation>
    </message>
    <message>
        <source>One encrypted archive (AES-256 zip)</source>
        <translation>一つの暗号化アーカイブにする（AES-256 zip）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Where the package goes (a new folder is made there)</source>
        <translation>パッケージの出力場所（そこに新しいフォルダを作ります）</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>症例を一つ以上選んでください。</translation>
    </message>
    <message>
        <source>Name the partner.</source>
        <translation>提供先を入力してください。</translation>
    </message>
    <message>
        <source>Choose where the package goes.</source>
        <translation>出力先を選んでください。</translation>
    </message>
    <message>
        <source>%1 exists already; an export never replaces anything.</source>
        <translation>%1 はすでにあります。エクスポートは何も置き換えません。</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>パスワードは 8 文字以上必要です。</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
    <message>
        <source>The project&apos;s columns after I (resources/sheets/)</source>
        <translation>I 列より後のプロジェクト固有の列（resources/sheets/）</translation>
    </message>
    <message>
        <source>Project columns</source>
        <translation>プロジェクトの列</translation>
    </message>
</context>
<context>
    <name>rc::FindingsPanel</name>
    <message>
        <source>No finding (read and found normal)</source>
        <translation>所見なし（読影して異常なし）</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>所見を追加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Disease class</source>
        <translation>疾患分類</translation>
    </message>
    <message>
        <source>Finding type</source>
        <translation>所見の種類</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>確信度</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>From segment</source>
        <translation>セグメントから</translation>
    </message>
    <message>
        <source>The longest in-plane diameter of the segment and its perpendicular extent</source>
        <translation>セグメントの断面内の最大径とそれに直交する径</translation>
    </message>
    <message>
        <source>Long / short axis</source>
        <translation>長径 / 短径</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>ボックス</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Link the finding to a painted segment first.</source>
        <translation>先に所見を塗ったセグメントに結び付けてください。</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未入力）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>2D box %1 × %2 mm</source>
        <translation>2D ボックス %1 × %2 mm</translation>
    </message>
    <message>
        <source>3D box %1 × %2 × %3 mm</source>
        <translation>3D ボックス %1 × %2 × %3 mm</translation>
    </message>
    <message>
        <source>none (draw one with the box tool, X)</source>
        <translation>なし（ボックスツール X で描きます）</translation>
    </message>
    <message>
        <source>HU</source>
        <translation>HU</translation>
    </message>
    <message>
        <source>%1 mL; mean %2 ± %3 %4 (min %5, max %6); long/short %7 / %8 mm</source>
        <translation>%1 mL、平均 %2 ± %3 %4（最小 %5、最大 %6）、長径/短径 %7 / %8 mm</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>その他: %1</translation>
    </message>
</context>
<context>
    <name>rc::ImportController</name>
    <message>
        <source>No case store</source>
        <translation>症例ストアがありません</translation>
    </message>
    <message>
        <source>Open a case store first.</source>
        <translation>先に症例ストアを開いてください。</translation>
    </message>
    <message>
        <source>Import folder or medium</source>
        <translation>取り込むフォルダまたは媒体</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>取り込み結果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>the reports that came as SR: %1</source>
        <translation>SR で届いたレポート: %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n report(s) came as SR: drafts to review (File &gt; Reports of the study)</source>
        <translation>
            <numerusform>。SR で届いたレポート %n 件: 確認待ちの下書き(ファイル &gt; 検査のレポート)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::LabelsPanel</name>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Outline only</source>
        <translation>輪郭のみ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>確認済みにする</translation>
    </message>
    <message>
        <source>Confirm a segment another tool or an AI model made; unverified segments stay out of exports</source>
        <translation>他のツールや AI モデルが作ったセグメントを確認します。未確認のセグメントはエクスポートされません</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>No tool changes the voxels of a locked segment</source>
        <translation>ロックしたセグメントのボクセルはどのツールでも変わりません</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>セグメント %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Category and type</source>
        <translation>カテゴリと種類</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation>セグメントの色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Search segments (name, type, number)</source>
        <translation>セグメントを検索（名前、種類、番号）</translation>
    </message>
    <message>
        <source>The active segment is the one the brush paints (Q / W step through them). Untick to hide a segment or a whole group; double-click to edit a segment.</source>
        <translation>アクティブなセグメントにブラシで描きます（Q / W で切り替え）。チェックを外すとセグメントやグループ全体を非表示にします。ダブルクリックでセグメントを編集します。</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Show every segment listed (the search&apos;s results when searching)</source>
        <translation>一覧のセグメントをすべて表示します（検索中は検索結果）</translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation>すべて非表示</translation>
    </message>
    <message>
        <source>Hide every segment listed (the search&apos;s results when searching)</source>
        <translation>一覧のセグメントをすべて非表示にします（検索中は検索結果）</translation>
    </message>
</context>
<context>
    <name>rc::MainWindow</name>
    <message>
        <source>RadCurator</source>
        <translation>RadCurator</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>検査一覧</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>フォルダを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Open case store…</source>
        <translation>症例ストアを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Lung window</source>
        <translation>肺野条件</translation>
    </message>
    <message>
        <source>Mediastinum window</source>
        <translation>縦隔条件</translation>
    </message>
    <message>
        <source>Bone window</source>
        <translation>骨条件</translation>
    </message>
    <message>
        <source>Window from file</source>
        <translation>ファイルのウィンドウ設定</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Mouse and keyboard</source>
        <translation>マウスとキーボード(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About RadCurator</source>
        <translation>RadCurator について(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open case store</source>
        <translation>症例ストアを開けません</translation>
    </message>
    <message>
        <source>RadCurator — %1</source>
        <translation>RadCurator — %1</translation>
    </message>
    <message>
        <source>Cannot read case store</source>
        <translation>症例ストアを読めません</translation>
    </message>
    <message numerus="yes">
        <source>%n series in the store</source>
        <translation>
            <numerusform>ストアに %n 個のシリーズ</numerusform>
        </translation>
    </message>
    <message>
        <source>No case store</source>
        <translation>症例ストアがありません</translation>
    </message>
    <message>
        <source>Open a case store first.</source>
        <translation>先に症例ストアを開いてください。</translation>
    </message>
    <message>
        <source>Open or create a case store</source>
        <translation>症例ストアを開く／作成する</translation>
    </message>
    <message>
        <source>The series has no files.</source>
        <translation>このシリーズにはファイルがありません。</translation>
    </message>
    <message>
        <source>Cannot open series</source>
        <translation>シリーズを開けません</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Mouse and keyboard</source>
        <translation>マウスとキーボード</translation>
    </message>
    <message>
        <source>About RadCurator</source>
        <translation>RadCurator について</translation>
    </message>
    <message>
        <source>RadCurator %1
Curation and annotation of medical images for AI research.</source>
        <translation>RadCurator %1
AI 研究のための医用画像の整理とアノテーション。</translation>
    </message>
    <message>
        <source>Correspondence table</source>
        <translation>対応表</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new correspondence table (at least 8 characters).
Without it nobody can find out who a patient code stands for; keep it safe.</source>
        <translation>新しい対応表のパスフレーズを決めてください（8 文字以上）。
これがないと患者符号が誰を指すか誰にも分かりません。大切に保管してください。</translation>
    </message>
    <message>
        <source>Passphrase of the correspondence table:</source>
        <translation>対応表のパスフレーズ:</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>パスフレーズをもう一度:</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>パスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Wait for the running task to finish.</source>
        <translation>実行中の処理が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>The correspondence table is locked.</source>
        <translation>対応表が開けません（ロック中）。</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>オプトアウト</translation>
    </message>
    <message>
        <source>Everything of %1 (images, labels, derived objects) will be deleted from this store, and the patient will not be imported again.
Type the patient code to confirm:</source>
        <translation>%1 のすべて（画像、ラベル、派生オブジェクト）をこのストアから削除し、今後この患者は取り込みません。
確認のため患者符号を入力してください:</translation>
    </message>
    <message>
        <source>The code typed does not match; nothing was deleted.</source>
        <translation>入力した符号が一致しません。何も削除していません。</translation>
    </message>
    <message>
        <source>export %1 to %2 on %3</source>
        <translation>%3 に %2 へ提供（提供 %1）</translation>
    </message>
    <message>
        <source>%1: deleted %2 studies, %3 series, %4 images.</source>
        <translation>%1: %2 検査、%3 シリーズ、%4 画像を削除しました。</translation>
    </message>
    <message>
        <source>No earlier export contained this patient.</source>
        <translation>この患者を含む過去の提供はありません。</translation>
    </message>
    <message>
        <source>Already handed over (tell these partners):
%1</source>
        <translation>すでに提供済みです（以下の提供先に連絡してください）:
%1</translation>
    </message>
    <message>
        <source>Burned-in text review</source>
        <translation>焼き込み文字の確認</translation>
    </message>
    <message>
        <source>Opt-out: delete all data of %1…</source>
        <translation>オプトアウト: %1 の全データを削除…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Review burned-in text…</source>
        <translation>焼き込み文字を確認…</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>読み込みを中止しました</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>計測</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation>レイアウト %1</translation>
    </message>
    <message>
        <source>Next layout</source>
        <translation>次のレイアウト</translation>
    </message>
    <message>
        <source>Key: L</source>
        <translation>キー: L</translation>
    </message>
    <message>
        <source>Invert grey levels</source>
        <translation>白黒反転</translation>
    </message>
    <message>
        <source>Fit to the view</source>
        <translation>ビューに合わせる</translation>
    </message>
    <message>
        <source>Reset zoom, pan and window</source>
        <translation>拡大・移動・ウィンドウを元に戻す</translation>
    </message>
    <message>
        <source>Link window/level across planes</source>
        <translation>断面間でウィンドウ／レベルを連動</translation>
    </message>
    <message>
        <source>Link zoom and pan across planes</source>
        <translation>断面間で拡大と移動を連動</translation>
    </message>
    <message>
        <source>Show labels</source>
        <translation>ラベルを表示</translation>
    </message>
    <message>
        <source>3D: lung</source>
        <translation>3D: 肺</translation>
    </message>
    <message>
        <source>3D: bone</source>
        <translation>3D: 骨</translation>
    </message>
    <message>
        <source>3D: soft tissue</source>
        <translation>3D: 軟部組織</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Navigate (cross-hair)</source>
        <translation>ナビゲーション（十字カーソル）</translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation>定規</translation>
    </message>
    <message>
        <source>Ellipse ROI</source>
        <translation>楕円 ROI</translation>
    </message>
    <message>
        <source>Rectangle ROI</source>
        <translation>矩形 ROI</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Second series</source>
        <translation>2 つ目のシリーズ</translation>
    </message>
    <message>
        <source>Show beside the open series:</source>
        <translation>開いているシリーズの横に表示:</translation>
    </message>
    <message>
        <source>Open beside the current series</source>
        <translation>今のシリーズの横に開く</translation>
    </message>
    <message>
        <source>Mouse or key</source>
        <translation>マウスまたはキー</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Labels saved (revision %1)</source>
        <translation>ラベルを保存しました（リビジョン %1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Tool settings</source>
        <translation>ツール設定</translation>
    </message>
    <message>
        <source>&amp;Save labels now</source>
        <translation>ラベルを今すぐ保存(&amp;S)</translation>
    </message>
    <message>
        <source>Labels are saved by themselves within two seconds of an edit</source>
        <translation>ラベルは編集から 2 秒以内に自動で保存されます</translation>
    </message>
    <message>
        <source>&amp;Clinical record of the patient…</source>
        <translation>患者の臨床記録(&amp;C)…</translation>
    </message>
    <message>
        <source>Box of a finding</source>
        <translation>所見のボックス</translation>
    </message>
    <message>
        <source>Long and short axis</source>
        <translation>長径と短径</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <source>Threshold brush</source>
        <translation>しきい値ブラシ</translation>
    </message>
    <message>
        <source>Region growing</source>
        <translation>領域拡張</translation>
    </message>
    <message>
        <source>%1 (key: %2)</source>
        <translation>%1（キー: %2）</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>セグメントを追加</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>前のセグメント</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>次のセグメント</translation>
    </message>
    <message>
        <source>Labels not saved</source>
        <translation>ラベルを保存できませんでした</translation>
    </message>
    <message>
        <source>Labels changed elsewhere</source>
        <translation>ラベルが別の場所で変更されました</translation>
    </message>
    <message>
        <source>Load theirs (drop my unsaved edits)</source>
        <translation>相手の版を読み込む（未保存の自分の編集は破棄）</translation>
    </message>
    <message>
        <source>Keep mine (save over theirs)</source>
        <translation>自分の版を残す（相手の版に上書き保存）</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>後で決める</translation>
    </message>
    <message>
        <source>%1

Close anyway and lose the unsaved edits?</source>
        <translation>%1

未保存の編集を失って閉じますか？</translation>
    </message>
    <message>
        <source>series %1 (%2, started %3): nothing had been edited</source>
        <translation>シリーズ %1（%2、%3 開始）: 編集はありませんでした</translation>
    </message>
    <message>
        <source>series %1 (%2, started %3): edits saved up to %4 are kept</source>
        <translation>シリーズ %1（%2、%3 開始）: %4 までに保存された編集は残っています</translation>
    </message>
    <message>
        <source>RadCurator was not closed properly while labels were being edited:
%1</source>
        <translation>ラベルの編集中に RadCurator が正常に終了しませんでした:
%1</translation>
    </message>
    <message>
        <source>Edits restored</source>
        <translation>編集を復元しました</translation>
    </message>
    <message>
        <source>Open the series</source>
        <translation>シリーズを開く</translation>
    </message>
    <message>
        <source>Clinical record</source>
        <translation>臨床記録</translation>
    </message>
    <message>
        <source>Open a series of the patient first.</source>
        <translation>先にその患者のシリーズを開いてください。</translation>
    </message>
    <message>
        <source>Series open elsewhere</source>
        <translation>シリーズが別の場所で開かれています</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>語彙</translation>
    </message>
    <message>
        <source>&amp;Export dataset…</source>
        <translation>データセットをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Import clinical &amp;data…</source>
        <translation>臨床データを取り込み(&amp;D)…</translation>
    </message>
    <message>
        <source>ADC</source>
        <translation>ADC</translation>
    </message>
    <message>
        <source>&amp;Diffusion</source>
        <translation>拡散(&amp;D)</translation>
    </message>
    <message>
        <source>Compute ADC map…</source>
        <translation>ADC マップを計算…</translation>
    </message>
    <message>
        <source>Compute ADC map</source>
        <translation>ADC マップを計算</translation>
    </message>
    <message>
        <source>Open a diffusion-weighted MR series first.</source>
        <translation>先に拡散強調 MR シリーズを開いてください。</translation>
    </message>
    <message>
        <source>ADC candidate mask…</source>
        <translation>ADC 候補マスク…</translation>
    </message>
    <message>
        <source>ADC candidate mask</source>
        <translation>ADC 候補マスク</translation>
    </message>
    <message>
        <source>Open an ADC map first (Diffusion &gt; Compute ADC map, or the scanner&apos;s ADC series).</source>
        <translation>先に ADC マップを開いてください（拡散 &gt; ADC マップを計算、または装置の ADC シリーズ）。</translation>
    </message>
    <message>
        <source>ADC statistics</source>
        <translation>ADC 統計</translation>
    </message>
    <message>
        <source>Open a series beside…</source>
        <translation>隣にシリーズを開く…</translation>
    </message>
    <message>
        <source>Link the series beside by position</source>
        <translation>隣のシリーズを位置で連動</translation>
    </message>
    <message>
        <source>Close the series beside</source>
        <translation>隣のシリーズを閉じる</translation>
    </message>
    <message>
        <source>A series beside does not share the frame of reference: it scrolls on its own</source>
        <translation>隣のシリーズは Frame of Reference が異なるため、独立してスクロールします</translation>
    </message>
    <message numerus="yes">
        <source>Removed what an interrupted import or export left in the store&apos;s scratch folder: %n folder(s), %1 file(s)</source>
        <translation>
            <numerusform>中断した取り込みまたはエクスポートがストアの作業フォルダに残したものを削除しました: フォルダ %n 個、ファイル %1 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>%1 のパスワード</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読影</translation>
    </message>
    <message>
        <source>%1&apos;s labels, read-only: %2</source>
        <translation>%1 のラベル（読み取り専用: %2）</translation>
    </message>
    <message>
        <source>%1&apos;s labels</source>
        <translation>%1 のラベル</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>ワークリスト</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>読影(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>次の症例(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>前の症例(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Submit the open reading</source>
        <translation>開いている読影を提出(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>一致度(&amp;A)…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>監査ログ(&amp;L)…</translation>
    </message>
    <message>
        <source>No further case in the worklist</source>
        <translation>ワークリストにこれ以上の症例はありません</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致度</translation>
    </message>
    <message>
        <source>Open a store with a reading study first.</source>
        <translation>先に読影スタディのあるストアを開いてください。</translation>
    </message>
    <message>
        <source>Agreement of %1…</source>
        <translation>%1 の一致度…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Reading studies: %1</source>
        <translation>読影スタディ: %1</translation>
    </message>
    <message>
        <source>%1&apos;s labels — %2</source>
        <translation>%1 のラベル — %2</translation>
    </message>
    <message>
        <source>The store&apos;s own labels: nobody reads this case yet</source>
        <translation>ストア自身のラベル（この症例はまだ誰も読影していません）</translation>
    </message>
    <message>
        <source>Bone scan</source>
        <translation>骨シンチ</translation>
    </message>
    <message>
        <source>&amp;Bone-scan comparison…</source>
        <translation>骨シンチ比較(&amp;B)…</translation>
    </message>
    <message>
        <source>Bone-scan comparison</source>
        <translation>骨シンチ比較</translation>
    </message>
    <message>
        <source>Import &amp;reports…</source>
        <translation>レポートを取り込み(&amp;R)…</translation>
    </message>
    <message>
        <source>Reports of the s&amp;tudy…</source>
        <translation>検査のレポート(&amp;T)…</translation>
    </message>
    <message>
        <source>Radiation &amp;dose of the study…</source>
        <translation>検査の被ばく線量(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;PACS and DICOM nodes…</source>
        <translation>PACS と DICOM ノード(&amp;P)…</translation>
    </message>
    <message>
        <source>The team database is reachable again.</source>
        <translation>チームのデータベースに再び接続できました。</translation>
    </message>
    <message>
        <source>The team database cannot be reached: %1. Edits are kept on this workstation and saved when it is back.</source>
        <translation>チームのデータベースに接続できません: %1。編集内容はこの端末に保持され、接続が戻ったときに保存されます。</translation>
    </message>
    <message>
        <source>The team database cannot be reached: %1</source>
        <translation>チームのデータベースに接続できません: %1</translation>
    </message>
    <message>
        <source>RadCurator — %1 (team database %2)</source>
        <translation>RadCurator — %1（チームのデータベース %2）</translation>
    </message>
    <message>
        <source>Edits kept on this workstation</source>
        <translation>この端末に保持された編集</translation>
    </message>
</context>
<context>
    <name>rc::MaskRegionDialog</name>
    <message>
        <source>Burned-in text review</source>
        <translation>焼き込み文字の確認</translation>
    </message>
    <message>
        <source>%1. Drag a rectangle over any text that could identify the patient, then Mask; or confirm that the image shows none.</source>
        <translation>%1。患者を特定できる文字があれば矩形で囲んで「塗りつぶす」を、なければ「焼き込み文字なし」を選んでください。</translation>
    </message>
    <message>
        <source>Mask the rectangle</source>
        <translation>矩形を塗りつぶす</translation>
    </message>
    <message>
        <source>No burned-in text</source>
        <translation>焼き込み文字なし</translation>
    </message>
</context>
<context>
    <name>rc::MeasurementPanel</name>
    <message>
        <source>Ellipse</source>
        <translation>楕円</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation>定規</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 mm², mean %2 ± %3 %4 (min %5, max %6, %7 voxels)</source>
        <translation>%1 mm²、平均 %2 ± %3 %4（最小 %5、最大 %6、%7 ボクセル）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected measurement (Edit &gt; Undo brings it back)</source>
        <translation>選択した計測を削除します（編集 &gt; 元に戻す で復元できます）</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>計測</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>ラベル:</translation>
    </message>
</context>
<context>
    <name>rc::PacsController</name>
    <message>
        <source>the DICOM node settings could not be saved</source>
        <translation>DICOM ノードの設定を保存できませんでした</translation>
    </message>
    <message>
        <source>Echo %1…</source>
        <translation>%1 に疎通確認中…</translation>
    </message>
    <message>
        <source>%1 answers (C-ECHO)</source>
        <translation>%1 が応答しました(C-ECHO)</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>%1 を検索中…</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) found</source>
        <translation>
            <numerusform>%n 件の検査が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrieving from %1…</source>
        <translation>%1 から取得中…</translation>
    </message>
    <message>
        <source>Retrieve cancelled: what arrived whole is filed; retrieve again for the rest</source>
        <translation>取得をキャンセルしました。完全に届いたものは登録済みです。残りはもう一度取得してください</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Open the series to send first.</source>
        <translation>先に送信するシリーズを開いてください。</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>%1 へ送信中…</translation>
    </message>
    <message>
        <source>Sent %1 of %2 files to %3</source>
        <translation>%3 へ %2 ファイル中 %1 を送信しました</translation>
    </message>
</context>
<context>
    <name>rc::PacsDialog</name>
    <message>
        <source>PACS and DICOM nodes</source>
        <translation>PACS と DICOM ノード</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>&amp;Save node</source>
        <translation>ノードを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Echo</source>
        <translation>疎通確認(&amp;E)</translation>
    </message>
    <message>
        <source>Saved nodes:</source>
        <translation>保存したノード:</translation>
    </message>
    <message>
        <source>e.g. Hospital PACS</source>
        <translation>例: 院内 PACS</translation>
    </message>
    <message>
        <source>AE title</source>
        <translation>AE タイトル</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>TLS, trusting</source>
        <translation>TLS、信頼する証明書</translation>
    </message>
    <message>
        <source>the node&apos;s certificate or its CA (PEM)</source>
        <translation>ノードの証明書またはその CA (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>セキュリティ:</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>このワークステーション</translation>
    </message>
    <message>
        <source>Retrieve by C-GET</source>
        <translation>C-GET で取得</translation>
    </message>
    <message>
        <source>by C-MOVE to our port</source>
        <translation>C-MOVE で自局のポートへ</translation>
    </message>
    <message>
        <source>Our AE title</source>
        <translation>自局の AE タイトル</translation>
    </message>
    <message>
        <source>Search studies</source>
        <translation>検査を検索</translation>
    </message>
    <message>
        <source>YYYYMMDD</source>
        <translation>YYYYMMDD</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>Study UID</source>
        <translation>Study UID</translation>
    </message>
    <message>
        <source>Identified data from the PACS goes straight into the de-identifying import; nothing identified is kept.</source>
        <translation>PACS からの識別可能なデータはそのまま匿名化取り込みに渡され、識別可能なものは何も残りません。</translation>
    </message>
    <message>
        <source>&amp;Retrieve chosen studies</source>
        <translation>選んだ検査を取得(&amp;R)</translation>
    </message>
    <message>
        <source>Send with the series&apos; SEG and SR</source>
        <translation>シリーズの SEG と SR も送信</translation>
    </message>
    <message>
        <source>Send the &amp;open series</source>
        <translation>開いているシリーズを送信(&amp;O)</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>信頼する証明書</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt);;All files (*)</source>
        <translation>PEM (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation>%1 が応答しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) found. Choose the rows to retrieve.</source>
        <translation>
            <numerusform>%n 件の検査が見つかりました。取得する行を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Choose the studies to retrieve first.</source>
        <translation>先に取得する検査を選んでください。</translation>
    </message>
    <message>
        <source>Sent %1 of %2 files; %3 the node had already.</source>
        <translation>%2 ファイル中 %1 を送信しました。%3 はノードにすでにありました。</translation>
    </message>
</context>
<context>
    <name>rc::ReadingController</name>
    <message>
        <source>no store is open</source>
        <translation>ストアが開かれていません</translation>
    </message>
    <message>
        <source>no such case in the worklist</source>
        <translation>ワークリストにその症例はありません</translation>
    </message>
    <message>
        <source>series %1 is not in the store</source>
        <translation>シリーズ %1 はストアにありません</translation>
    </message>
    <message>
        <source>open a case of the worklist first</source>
        <translation>先にワークリストの症例を開いてください</translation>
    </message>
    <message>
        <source>only %1 submits this reading</source>
        <translation>この読影を提出できるのは %1 だけです</translation>
    </message>
    <message>
        <source>open a reading of the worklist first</source>
        <translation>先にワークリストの読影を開いてください</translation>
    </message>
    <message>
        <source>the case is gone</source>
        <translation>症例がありません</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message>
        <source>%1 may not read the audit log: that needs the role data-manager or reviewer</source>
        <translation>%1 は監査ログを閲覧できません（役割 data-manager または reviewer が必要です）</translation>
    </message>
    <message>
        <source>%1 may not correct readings: that needs the role reviewer</source>
        <translation>%1 は読影を修正できません（役割 reviewer が必要です）</translation>
    </message>
    <message>
        <source>only another reader&apos;s submitted reading is corrected</source>
        <translation>修正できるのは他の読影者の提出済みの読影だけです</translation>
    </message>
    <message>
        <source>only a submitted reading can be corrected; %1&apos;s is %2</source>
        <translation>修正できるのは提出済みの読影だけです。%1 の読影は「%2」です</translation>
    </message>
    <message>
        <source>no correction is under way</source>
        <translation>修正は行われていません</translation>
    </message>
    <message>
        <source>no series is open</source>
        <translation>シリーズが開かれていません</translation>
    </message>
    <message>
        <source>project %1: %2</source>
        <translation>プロジェクト %1: %2</translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>差し戻し: %1</translation>
    </message>
</context>
<context>
    <name>rc::ReportReviewDialog</name>
    <message>
        <source>Reports of the study</source>
        <translation>検査のレポート</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>確定(&amp;C)</translation>
    </message>
    <message>
        <source>No reports of this study. Reports come from the RIS (File &gt; Import reports) or as SR with the images.</source>
        <translation>この検査のレポートはありません。レポートは RIS から(ファイル &gt; レポートを取り込み)、または画像と一緒の SR として届きます。</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2). %n replacement(s) highlighted: %3. %4</source>
        <translation>
            <numerusform>%1(%2)。置き換え %n 箇所を強調表示: %3。%4</numerusform>
        </translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>%1 が確定</translation>
    </message>
    <message>
        <source>draft: not exported until confirmed</source>
        <translation>下書き: 確定するまで書き出しません</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Edited by hand.</source>
        <translation>手で編集済み。</translation>
    </message>
    <message>
        <source>Reports are confirmed by a reviewer or data manager</source>
        <translation>レポートは確認者またはデータ管理者が確定します</translation>
    </message>
    <message>
        <source>&amp;Save edit</source>
        <translation>編集を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
</context>
<context>
    <name>rc::ReportsController</name>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Open a case store first.</source>
        <translation>先に症例ストアを開いてください。</translation>
    </message>
    <message>
        <source>Import reports from the RIS</source>
        <translation>RIS からレポートを取り込み</translation>
    </message>
    <message>
        <source>Reports (*.csv *.xlsx *.hl7 *.txt);;All files (*)</source>
        <translation>レポート (*.csv *.xlsx *.hl7 *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing reports…</source>
        <translation>レポートを取り込み中…</translation>
    </message>
    <message>
        <source>%1: not matched: %2</source>
        <translation>%1: 照合できません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) stored as drafts for review; %1 already stored</source>
        <translation>
            <numerusform>レポート %n 件を確認待ちの下書きとして保存。%1 件は保存済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a series of the study first.</source>
        <translation>先にその検査のシリーズを開いてください。</translation>
    </message>
    <message>
        <source>Radiation dose</source>
        <translation>被ばく線量</translation>
    </message>
    <message>
        <source>Reading the dose…</source>
        <translation>線量を読み込み中…</translation>
    </message>
    <message>
        <source>no such study</source>
        <translation>その検査はありません</translation>
    </message>
</context>
<context>
    <name>rc::SegmentListModel</name>
    <message>
        <source>Without a category</source>
        <translation>カテゴリなし</translation>
    </message>
    <message>
        <source>(unverified)</source>
        <translation>（未確認）</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>（ロック）</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 shown)</source>
        <translation>%1（%3 件中 %2 件表示）</translation>
    </message>
    <message>
        <source>Untick to hide every segment of this group listed here</source>
        <translation>チェックを外すと、ここに一覧されたこのグループのセグメントをすべて非表示にします</translation>
    </message>
    <message>
        <source>%1 / %2, %3</source>
        <translation>%1 / %2、%3</translation>
    </message>
</context>
<context>
    <name>rc::SliceOverlay</name>
    <message>
        <source>(%1, %2, %3)  %4, %5, %6 mm  %7</source>
        <translation>(%1, %2, %3)  %4, %5, %6 mm  %7</translation>
    </message>
    <message>
        <source>Axial</source>
        <translation>横断</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>冠状</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>矢状</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>拡大 %1%</translation>
    </message>
    <message>
        <source>oblique: planes follow the acquisition</source>
        <translation>斜位: 断面は撮像方向に沿います</translation>
    </message>
    <message>
        <source>Slice %1/%2</source>
        <translation>スライス %1/%2</translation>
    </message>
    <message>
        <source>Position %1 mm</source>
        <translation>位置 %1 mm</translation>
    </message>
    <message>
        <source>gantry tilt: shown without shear correction</source>
        <translation>ガントリー傾斜: せん断補正なしで表示</translation>
    </message>
    <message>
        <source>irregular slice spacing: shown evenly spaced</source>
        <translation>スライス間隔が不均一: 等間隔として表示</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <source>(inverted)</source>
        <translation>（反転）</translation>
    </message>
    <message>
        <source>Double-click a series in the browser to view it</source>
        <translation>ブラウザーのシリーズをダブルクリックすると表示します</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 mm²  mean %2 ± %3 %4
min %5  max %6</source>
        <translation>%1 mm²  平均 %2 ± %3 %4
最小 %5  最大 %6</translation>
    </message>
</context>
<context>
    <name>rc::StudyBrowser</name>
    <message>
        <source>(no description)</source>
        <translation>（説明なし）</translation>
    </message>
    <message>
        <source>Patient / study / series</source>
        <translation>患者／検査／シリーズ</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>(study without description)</source>
        <translation>（説明のない検査）</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) may carry burned-in text: held back from export until each is confirmed free of text or masked (right-click the series)</source>
        <translation>
            <numerusform>%n 枚の画像に文字が焼き込まれている可能性があります。文字なしの確認か塗りつぶしが済むまで提供できません（シリーズを右クリック）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::TaskPanel</name>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
</context>
<context>
    <name>rc::ToolOptionsPanel</name>
    <message>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Radius of the brush ([ and ] change it)</source>
        <translation>ブラシの半径（[ と ] で変更）</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <source>Sphere (paint through neighbouring slices)</source>
        <translation>球（隣接スライスにも塗る）</translation>
    </message>
    <message>
        <source>Overwrite all segments</source>
        <translation>すべてのセグメントを上書き</translation>
    </message>
    <message>
        <source>Overwrite unlocked segments</source>
        <translation>ロックされていないセグメントを上書き</translation>
    </message>
    <message>
        <source>Do not overwrite other segments</source>
        <translation>他のセグメントを上書きしない</translation>
    </message>
    <message>
        <source>Paint over</source>
        <translation>上塗り</translation>
    </message>
    <message>
        <source>Threshold brush and region growing</source>
        <translation>しきい値ブラシと領域拡張</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>任意の範囲</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Range (Ctrl+click samples)</source>
        <translation>範囲（Ctrl+クリックで採取）</translation>
    </message>
    <message>
        <source>Connected in the range</source>
        <translation>範囲内で連結</translation>
    </message>
    <message>
        <source>Confidence connected (mean ± 2.5 SD)</source>
        <translation>信頼度連結（平均 ± 2.5 SD）</translation>
    </message>
    <message>
        <source>Region growing</source>
        <translation>領域拡張</translation>
    </message>
    <message>
        <source>The grown region stays within this distance of the click</source>
        <translation>拡張する領域はクリック点からこの距離内に収まります</translation>
    </message>
    <message>
        <source>Growing limit</source>
        <translation>拡張の上限</translation>
    </message>
    <message>
        <source>Active segment</source>
        <translation>アクティブなセグメント</translation>
    </message>
    <message>
        <source>per slice</source>
        <translation>スライスごと</translation>
    </message>
    <message>
        <source>Fill holes</source>
        <translation>穴埋め</translation>
    </message>
    <message>
        <source>Keep the largest island</source>
        <translation>最大の島だけ残す</translation>
    </message>
    <message>
        <source> mm³</source>
        <translation> mm³</translation>
    </message>
    <message>
        <source>Remove islands smaller than</source>
        <translation>次より小さい島を削除</translation>
    </message>
    <message>
        <source>Grow</source>
        <translation>拡張</translation>
    </message>
    <message>
        <source>Shrink</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Interpolate between painted slices</source>
        <translation>塗ったスライスの間を補間</translation>
    </message>
    <message>
        <source>Fills the slices between the ones you painted, in the plane of the active view</source>
        <translation>アクティブなビューの断面で、塗ったスライスの間を埋めます</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose an unlocked segment first (or paint one).</source>
        <translation>先にロックされていないセグメントを選んでください（または塗ってください）。</translation>
    </message>
    <message>
        <source> HU</source>
        <translation> HU</translation>
    </message>
    <message>
        <source>At least %1 % of the maximum count</source>
        <translation>最大カウントの %1 % 以上</translation>
    </message>
    <message>
        <source> counts</source>
        <translation> カウント</translation>
    </message>
</context>
<context>
    <name>rc::ViewerPanel</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
    <message>
        <source>%1: cannot write</source>
        <translation>%1: 書き込めません</translation>
    </message>
</context>
<context>
    <name>rc::VolumeView</name>
    <message>
        <source>3D</source>
        <translation>3D</translation>
    </message>
</context>
<context>
    <name>rc::WholeBodyView</name>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>No planar scan open</source>
        <translation>プラナー像が開かれていません</translation>
    </message>
    <message>
        <source>View %1 (the file names no side)</source>
        <translation>像 %1(ファイルに前後の記載なし)</translation>
    </message>
    <message>
        <source> (mirrored)</source>
        <translation>(左右反転)</translation>
    </message>
</context>
<context>
    <name>rc::WindowContext</name>
    <message>
        <source>Correspondence table</source>
        <translation>対応表</translation>
    </message>
</context>
<context>
    <name>rc::WorklistPanel</name>
    <message>
        <source>The reading study</source>
        <translation>読影スタディ</translation>
    </message>
    <message>
        <source>Patient code</source>
        <translation>患者コード</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>読影者</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>Submit the open reading: it becomes read-only, and a reviewer may return it</source>
        <translation>開いている読影を提出します。読み取り専用になり、レビュアーが差し戻すことがあります</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>差し戻し…</translation>
    </message>
    <message>
        <source>Consensus…</source>
        <translation>合議…</translation>
    </message>
    <message>
        <source>Start the consensus of the open case from one reader&apos;s set, a majority vote or STAPLE</source>
        <translation>開いている症例の合議を、読影者 1 人のセット、多数決、または STAPLE から始めます</translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation>一致度…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>監査ログ…</translation>
    </message>
    <message>
        <source>Return the reading</source>
        <translation>読影を差し戻す</translation>
    </message>
    <message>
        <source>What should the reader change?</source>
        <translation>読影者に何を修正してもらいますか？</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>多数決</translation>
    </message>
    <message>
        <source>STAPLE</source>
        <translation>STAPLE</translation>
    </message>
    <message>
        <source>The set of %1</source>
        <translation>%1 のセット</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>合議</translation>
    </message>
    <message>
        <source>Start the consensus from</source>
        <translation>合議の元</translation>
    </message>
    <message>
        <source>Open a store to see its reading studies.</source>
        <translation>ストアを開くと読影スタディが表示されます。</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>読影者</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>レビュアー</translation>
    </message>
    <message>
        <source>data manager</source>
        <translation>データ管理者</translation>
    </message>
    <message>
        <source>Acting as %1 (%2)</source>
        <translation>%1 として操作中（%2）</translation>
    </message>
    <message>
        <source>This store has no reading study yet (radcurator-cli project create).</source>
        <translation>このストアにはまだ読影スタディがありません（radcurator-cli project create）。</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Every reader</source>
        <translation>すべての読影者</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新規プロジェクト…</translation>
    </message>
    <message>
        <source>Add every series…</source>
        <translation>全シリーズを追加…</translation>
    </message>
    <message>
        <source>Assign in turn…</source>
        <translation>順番に割り当て…</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Readers per case</source>
        <translation>症例あたりの読影者数</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読影</translation>
    </message>
    <message>
        <source>Blinded</source>
        <translation>盲検</translation>
    </message>
    <message>
        <source>Inclusion targets (e.g. with findings=50, without=50)</source>
        <translation>組み入れ目標（例: with findings=50, without=50）</translation>
    </message>
    <message>
        <source>Add every series</source>
        <translation>全シリーズを追加</translation>
    </message>
    <message>
        <source>Assign in turn</source>
        <translation>順番に割り当て</translation>
    </message>
    <message>
        <source>Readers (logins, comma-separated)</source>
        <translation>読影者（ログイン名をカンマ区切りで）</translation>
    </message>
    <message>
        <source>Cases against targets: %1</source>
        <translation>目標に対する症例数: %1</translation>
    </message>
    <message>
        <source>Short of the target: %1</source>
        <translation>目標未達: %1</translation>
    </message>
    <message>
        <source>Not blinded</source>
        <translation>非盲検</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>モダリティ</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>検査日</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Edit the open submitted reading as its reviewer; press again to finish: a new revision under your name, the reading accepted</source>
        <translation>開いている提出済みの読影をレビュアーとして編集します。もう一度押すと終了し、あなたの名前の新しいリビジョンとなり、読影は承認されます</translation>
    </message>
    <message>
        <source>Finish the correction</source>
        <translation>修正を終了</translation>
    </message>
    <message>
        <source>What was corrected?</source>
        <translation>何を修正しましたか？</translation>
    </message>
    <message>
        <source>Every modality</source>
        <translation>すべてのモダリティ</translation>
    </message>
    <message>
        <source>Finish correction…</source>
        <translation>修正を終了…</translation>
    </message>
    <message>
        <source>Reading studies: %1</source>
        <translation>読影スタディ: %1</translation>
    </message>
</context>
</TS>
