#!/usr/bin/python3
"""Synthetic diagnostic reports for the report de-identification tests, written for the tests
(no real report). Deterministic (seeded).

  report_corpus.py corpus N            JSON: {"patients": [...], "reports": [{"text", "patient",
        "planted": [{"text", "whose": "patient"|"other", "kind"}], "clinical": [...]}], "clinicalWords": [...]}
        N reports (Japanese and English), each with identifiers planted in the forms the issue
        lists (the table's patients' names in kanji, kana and romaji with and without spaces and
        honorifics, IDs half- and full-width, birth dates in every form; other people's names
        next to titles and roles and alone; phone and fax numbers, postal codes, addresses,
        e-mail addresses, accession numbers, hospital names, ages over 89) and clinical text
        around them, with the clinical words used listed.
  report_corpus.py csv OUT ENCODING     a RIS export for the phantom patient (utf-8, shift_jis, iso-2022-jp)
  report_corpus.py hl7 OUT ENCODING     the same reports as HL7 v2.5 ORU^R01 messages
  report_corpus.py xlsx OUT -           the same reports as an Excel workbook
  report_corpus.py sr OUT --like CT.dcm a Basic Text SR report in the CT's study, naming people
  report_corpus.py pdf OUT --like CT.dcm an Encapsulated PDF report in the CT's study
  report_corpus.py peer N               the same rules in Python's re alone, timed on N reports (benchmark peer)
"""
import json
import random
import re
import sys
import time

PATIENTS = [
    {"name": "YAMADA^TARO=山田^太郎=やまだ^たろう", "id": "DEMO-0001", "birth": "19580314", "offset": -123,
     "kanji": ("山田", "太郎"), "kana": ("やまだ", "たろう"), "roman": ("Yamada", "Taro")},
    {"name": "KASUGAI^HANAE=春日井^花江=かすがい^はなえ", "id": "P0012345", "birth": "19451102", "offset": -45,
     "kanji": ("春日井", "花江"), "kana": ("かすがい", "はなえ"), "roman": ("Kasugai", "Hanae")},
    {"name": "MORIKAWA^ICHIRO=森川^一郎=もりかわ^いちろう", "id": "00987654", "birth": "19330705", "offset": -300,
     "kanji": ("森川", "一郎"), "kana": ("もりかわ", "いちろう"), "roman": ("Morikawa", "Ichiro")},
]

KATAKANA = str.maketrans({chr(c): chr(c + 0x60) for c in range(0x3041, 0x3097)})
FULLWIDTH = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})
KANJI_DIGITS = "〇一二三四五六七八九"

OTHER_NAMES = [("鷲尾", "誠"), ("田村", "健一"), ("中島", "美穂"), ("小林", "直樹"), ("高橋", "由美"), ("渡辺", "剛"),
               ("伊藤", "彩"), ("松本", "浩二"), ("井上", "真理"), ("木村", "拓也"), ("斎藤", "恵"), ("清水", "隆")]
OTHER_ROMAN = [("Tanaka", "Kenji"), ("Brown", "John"), ("Miller", "Anne"), ("Sasaki", "Yuko"), ("Nakamura", "Ken")]
PHONES = ["03-1234-5678", "090-1111-2222", "0120-123-456", "(03)3815-5411", "080-9876-5432", "06-6123-4567", "045-123-4567"]
ADDRESSES = ["東京都文京区本郷7-3-1", "大阪府大阪市北区梅田1-2-3", "神奈川県横浜市港北区日吉4-1-1", "愛知県名古屋市中区栄3丁目15番地",
             "福岡県福岡市博多区博多駅前2-1-1"]
HOSPITALS_JA = ["東都大学医学部附属病院", "城南クリニック", "港北医療センター", "みなと中央病院"]
HOSPITALS_EN = ["Sakura General Hospital", "Lakeside Medical Center"]

CLINICAL_JA = ["右肺上葉", "左肺下葉", "舌区", "縦隔", "肺門", "胸膜", "横隔膜", "気管支", "結節影", "すりガラス影", "浸潤影", "空洞",
               "石灰化", "胸水", "無気肺", "網状影", "蜂巣肺", "リンパ節腫大", "肺気腫", "腫瘤", "肺腺癌", "扁平上皮癌", "結核",
               "肺炎", "縦隔腫瘍", "サルコイドーシス", "間質性肺炎", "パーキンソン病", "ホジキンリンパ腫", "クローン病",
               "ベーチェット病", "シェーグレン症候群", "ゲフィチニブ", "オシメルチニブ", "ペムブロリズマブ", "ニボルマブ",
               "カルボプラチン", "シスプラチン", "ペメトレキセド", "アテゾリズマブ", "イソニアジド", "リファンピシン",
               "プレドニゾロン", "すりガラス様陰影", "胸膜陥入像", "スピキュラ", "気管支透亮像", "心拡大", "大動脈", "肝臓",
               "副腎", "椎体", "肋骨", "転移", "原発巣", "造影効果", "経過観察", "生検", "病理", "ステージ"]
CLINICAL_EN = ["right upper lobe", "left lower lobe", "ground-glass opacity", "consolidation", "pleural effusion",
               "lymphadenopathy", "emphysema", "Parkinson disease", "Hodgkin lymphoma", "pembrolizumab", "osimertinib",
               "adenocarcinoma", "nodule", "mediastinum", "hilum", "atelectasis", "bronchiectasis", "cavitation",
               "calcification", "Crohn disease", "interstitial pneumonia"]

CLINICAL_SENTENCES_JA = [
    "{w}に{n}cm大の結節影を認める。", "{w}の所見は前回と比べ著変なし。", "{w}を疑う。", "{w}は認めない。",
    "{w}による治療中。", "{w}の既往あり。", "{w}に一致して軽度の{v}を認める。", "{w}の増大を認め、{v}が示唆される。",
]
CLINICAL_SENTENCES_EN = [
    "A {n} cm nodule in the {w}.", "No {w}.", "Findings suggest {w}.", "Known {w}; on {v}.", "Mild {w} is noted.",
]


def kanji_number(n):
    """Positional for years (二〇二三), 十-style for months and days (十二, 二十三)."""
    if n >= 100:
        return "".join(KANJI_DIGITS[int(d)] for d in str(n))
    if n < 10:
        return KANJI_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI_DIGITS[tens]) + "十" + ("" if ones == 0 else KANJI_DIGITS[ones])


def era(y, m, d):
    for name, letter, base, start in (("令和", "R", 2018, (2019, 5, 1)), ("平成", "H", 1988, (1989, 1, 8)),
                                      ("昭和", "S", 1925, (1926, 12, 25)), ("大正", "T", 1911, (1912, 7, 30))):
        if (y, m, d) >= start:
            return name, letter, y - base
    return "明治", "M", y - 1867


def date_forms(yyyymmdd):
    y, m, d = int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:])
    name, letter, n = era(y, m, d)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    return [f"{y}/{m}/{d}", f"{y}年{m}月{d}日", f"{name}{n}年{m}月{d}日", f"{letter}{n}.{m}.{d}", f"{y}-{m:02d}-{d:02d}",
            yyyymmdd, f"{months[m - 1]} {d}, {y}", f"{name}{kanji_number(n)}年{kanji_number(m)}月{kanji_number(d)}日",
            f"{kanji_number(y)}年{kanji_number(m)}月{kanji_number(d)}日"]


def patient_forms(p, rng):
    fk, gk = p["kanji"]
    fh, gh = p["kana"]
    fr, gr = p["roman"]
    honorific = rng.choice(["様", "さん", "殿", "氏", ""])
    forms = [
        (fk + gk, honorific), (fk + " " + gk, honorific), (fk + "\u3000" + gk, honorific), (fk, "様"),
        (fh + gh, honorific), ((fh + " " + gh).translate(KATAKANA), honorific), (fr + " " + gr, ""),
        (gr + " " + fr, ""), ((fr + " " + gr).upper(), ""), (fr + gr, ""), (fk + "・" + gk, honorific),
    ]
    return rng.choice(forms)


def make_report(rng, index):
    p = rng.choice(PATIENTS)
    english = index % 4 == 3
    planted, clinical, parts = [], [], []

    def plant(text, whose, kind):
        planted.append({"text": text, "whose": whose, "kind": kind})
        return text

    def clinical_sentence():
        words, templates = (CLINICAL_EN, CLINICAL_SENTENCES_EN) if english else (CLINICAL_JA, CLINICAL_SENTENCES_JA)
        w, v = rng.sample(words, 2)
        template = rng.choice(templates)
        clinical.extend(word for word, slot in ((w, "{w}"), (v, "{v}")) if slot in template)
        return template.format(w=w, v=v, n=rng.choice(["1.2", "2.3", "3.5"]))

    # The patient's own identifiers (2-3 of them).
    for _ in range(rng.randint(2, 3)):
        what = rng.choice(["name", "name", "id", "birth"])
        if what == "name":
            name, hon = patient_forms(p, rng)
            parts.append(("Patient " if english else "患者 ") + plant(name, "patient", "name") + hon + ("." if english else "。"))
        elif what == "id":
            pid = p["id"] if rng.random() < 0.5 else p["id"].translate(FULLWIDTH)
            parts.append(("ID: " if english else "患者ID：") + plant(pid, "patient", "id") + ("." if english else "。"))
        else:
            form = rng.choice(date_forms(p["birth"]))
            parts.append(("Born " if english else "生年月日 ") + plant(form, "patient", "birth date") + ("." if english else "。"))
    # Other people and contact details (2-3).
    for _ in range(rng.randint(2, 3)):
        what = rng.choice(["doctor", "doctor", "role", "phone", "address", "postal", "email", "accession", "hospital", "age", "alone"])
        if english and what in ("role", "alone", "address", "postal"):
            what = rng.choice(["doctor", "phone", "email", "accession", "hospital", "age"])
        if what == "doctor":
            if english:
                f, g = rng.choice(OTHER_ROMAN)
                parts.append(f"Discussed with Dr. {plant(f, 'other', 'name')}.")
            else:
                f, g = rng.choice(OTHER_NAMES)
                title = rng.choice(["先生", "医師"])
                parts.append(f"{plant(f + g if rng.random() < 0.5 else f, 'other', 'name')}{title}に報告済み。")
        elif what == "role":
            f, g = rng.choice(OTHER_NAMES)
            role = rng.choice(["読影医：", "担当 ", "主治医 ", "主治医："])
            parts.append(f"{role}{plant(f + ' ' + g, 'other', 'name')}。")
        elif what == "alone":
            f, g = rng.choice(OTHER_NAMES)
            parts.append(f"{plant(f + g, 'other', 'name')}より電話連絡あり。")
        elif what == "phone":
            phone = rng.choice(PHONES)
            parts.append(("Call " if english else rng.choice(["連絡先 ", "TEL ", "FAX "])) + plant(phone, "other", "phone") + ("." if english else "。"))
        elif what == "address":
            parts.append("住所 " + plant(rng.choice(ADDRESSES), "other", "address") + "。")
        elif what == "postal":
            parts.append(plant("〒" + rng.choice(["113-8655", "530-0001", "223-8521"]), "other", "postal code") + "。")
        elif what == "email":
            user = rng.choice(["taro.yamada", "rad-office", "k.tamura"])
            parts.append(("Mail " if english else "メール ") + plant(f"{user}@example.co.jp", "other", "email") + ("." if english else "。"))
        elif what == "accession":
            acc = rng.choice(["A2023-0012345", "2023031234567", "RIS-00483921"])
            parts.append(("Accession " if english else "受付番号 ") + plant(acc, "other", "accession number") + ("." if english else "。"))
        elif what == "hospital":
            if english:
                parts.append("Referred from " + plant(rng.choice(HOSPITALS_EN), "other", "hospital") + ".")
            else:
                parts.append(plant(rng.choice(HOSPITALS_JA), "other", "hospital") + "より紹介。")
        elif what == "age":
            age = rng.randint(91, 104)  # (90 itself is in the band the text gets: "90歳以上")
            parts.append(f"A {plant(f'{age}-year-old', 'other', 'age')} man." if english else f"{plant(f'{age}歳', 'other', 'age')}男性。")
    for _ in range(rng.randint(3, 5)):
        parts.append(clinical_sentence())
    rng.shuffle(parts)
    return {"text": (" " if english else "").join(parts), "patient": PATIENTS.index(p), "planted": planted,
            "clinical": sorted(set(clinical)), "language": "en" if english else "ja"}


def corpus(n):
    rng = random.Random(20261207)
    reports = [make_report(rng, i) for i in range(n)]
    patients = [{k: p[k] for k in ("name", "id", "birth", "offset")} for p in PATIENTS]
    print(json.dumps({"patients": patients, "reports": reports, "clinicalWords": CLINICAL_JA + CLINICAL_EN}, ensure_ascii=False))


# ---- files for the import tests: the phantom's patient (make-phantom) ----------------------

PHANTOM = {"id": "DEMO-0001", "name": ("山田", "太郎"), "birth": "19580314",
           "ct": ("ACC-20260110-77", "20260110"), "cr": ("ACC-20260105-12", "20260105")}
RIS_ROWS = [
    # accession, date, findings, impression, author
    (PHANTOM["ct"][0], PHANTOM["ct"][1], "山田太郎様、右肺上葉に2.3cm大の結節影。主治医の鷲尾先生（内線4321）に連絡。",
     "肺腺癌疑い。", "鷲尾 誠"),
    ("", PHANTOM["cr"][1], "胸部単純写真。心拡大なし。連絡先 03-1234-5678。", "異常なし。", "田村 健一"),
    ("ACC-99999999-00", "20250101", "照合できない報告。", "", "田村 健一"),
]


def csv_file(out, encoding):
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["患者ID", "受付番号", "検査日", "氏名", "生年月日", "所見", "診断", "読影医"])
    for acc, date, findings, impression, author in RIS_ROWS:
        pid = "DEMO-9999" if acc.startswith("ACC-9999") else PHANTOM["id"]
        w.writerow([pid, acc, f"{date[:4]}/{date[4:6]}/{date[6:]}", "山田 太郎", "1958/03/14", findings, impression, author])
    with open(out, "wb") as f:
        f.write(buf.getvalue().encode(encoding))


def xlsx_file(out, _encoding):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["患者ID", "受付番号", "検査日", "氏名", "生年月日", "所見", "診断", "読影医"])
    for acc, date, findings, impression, author in RIS_ROWS:
        pid = "DEMO-9999" if acc.startswith("ACC-9999") else PHANTOM["id"]
        ws.append([pid, acc, f"{date[:4]}/{date[4:6]}/{date[6:]}", "山田 太郎", "1958/03/14", findings, impression, author])
    wb.save(out)


def hl7_file(out, encoding):
    charset = {"utf-8": "UNICODE UTF-8", "shift_jis": "", "iso-2022-jp": "ISO IR87"}[encoding]
    messages = []
    for n, (acc, date, findings, impression, author) in enumerate(RIS_ROWS, 1):
        pid = "DEMO-9999" if acc.startswith("ACC-9999") else PHANTOM["id"]
        family, given = author.split()
        segments = [
            f"MSH|^~\\&|RIS|HOSP|RC|RC|{date}1200||ORU^R01^ORU_R01|MSG{n:04d}|P|2.5||||||{charset}",
            f"PID|1||{pid}^^^HOSP^PI||山田^太郎^^^^^L^I~ヤマダ^タロウ^^^^^L^P||19580314|M",
            f"OBR|1||{acc}|CT^CT CHEST|||{date}1000|||||||||||||||||||F|||||||D123&{family}&{given}",
            "OBX|1|TX|18782-3^Findings^LN||" + findings.replace("|", "\\F\\") + "||||||F",
        ]
        if impression:
            segments.append("OBX|2|TX|19005-8^Impression^LN||" + impression + "||||||F")
        messages.append("\r".join(segments))
    with open(out, "wb") as f:
        f.write(("\r".join(messages) + "\r").encode(encoding))


def like(path):
    import pydicom
    return pydicom.dcmread(path, stop_before_pixels=True)


def sr_file(out, ct_path):
    import pydicom
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.sequence import Sequence
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid
    ct = like(ct_path)
    def code(v, s, m):
        c = Dataset(); c.CodeValue, c.CodingSchemeDesignator, c.CodeMeaning = v, s, m; return c
    def text(concept, value):
        it = Dataset(); it.RelationshipType = "CONTAINS"; it.ValueType = "TEXT"
        it.ConceptNameCodeSequence = Sequence([code(*concept)]); it.TextValue = value; return it
    def section(concept, children):
        it = Dataset(); it.RelationshipType = "CONTAINS"; it.ValueType = "CONTAINER"; it.ContinuityOfContent = "SEPARATE"
        it.ConceptNameCodeSequence = Sequence([code(*concept)]); it.ContentSequence = Sequence(children); return it
    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.88.11"
    ds.SOPInstanceUID = generate_uid()
    for kw in ("PatientName", "PatientID", "IssuerOfPatientID", "PatientBirthDate", "PatientSex", "StudyInstanceUID",
               "StudyDate", "StudyTime", "AccessionNumber", "ReferringPhysicianName", "StudyID"):
        setattr(ds, kw, ct.get(kw, ""))
    ds.Modality = "SR"; ds.SeriesInstanceUID = generate_uid(); ds.SeriesNumber = 990; ds.InstanceNumber = 1
    ds.Manufacturer = "RIS"; ds.ContentDate = ct.get("StudyDate", ""); ds.ContentTime = "120000"
    ds.CompletionFlag = "COMPLETE"; ds.VerificationFlag = "UNVERIFIED"
    ds.ReferencedPerformedProcedureStepSequence = Sequence([]); ds.PerformedProcedureCodeSequence = Sequence([])
    ds.ValueType = "CONTAINER"; ds.ContinuityOfContent = "SEPARATE"
    ds.ConceptNameCodeSequence = Sequence([code("18748-4", "LN", "Diagnostic Imaging Report")])
    ds.ContentSequence = Sequence([
        section(("121070", "DCM", "Findings"), [text(("121071", "DCM", "Finding"),
                "山田太郎様の胸部CT。右肺上葉に結節影。担当 中島 美穂、連絡先 03-3815-5411。")]),
        section(("121072", "DCM", "Impressions"), [text(("121073", "DCM", "Impression"), "肺腺癌疑い。鷲尾先生に報告済み。")]),
    ])
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID; meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta = meta; ds.is_little_endian, ds.is_implicit_VR = True, False; ds.preamble = b"\0" * 128
    ds.save_as(out, write_like_original=False)


def pdf_file(out, ct_path):
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid
    ct = like(ct_path)
    ds = Dataset()
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.104.1"; ds.SOPInstanceUID = generate_uid()
    for kw in ("PatientName", "PatientID", "IssuerOfPatientID", "PatientBirthDate", "PatientSex", "StudyInstanceUID", "StudyDate"):
        setattr(ds, kw, ct.get(kw, ""))
    ds.Modality = "DOC"; ds.SeriesInstanceUID = generate_uid(); ds.SeriesNumber = 991; ds.InstanceNumber = 1
    ds.MIMETypeOfEncapsulatedDocument = "application/pdf"; ds.DocumentTitle = "Report"
    ds.EncapsulatedDocument = b"%PDF-1.4\n% report of YAMADA TARO\n%%EOF\n"
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID; meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta = meta; ds.is_little_endian, ds.is_implicit_VR = True, False; ds.preamble = b"\0" * 128
    ds.save_as(out, write_like_original=False)


# ---- the benchmark's peer: the same rule-based detectors in Python's re alone ---------------

def peer(n):
    rng = random.Random(7)
    reports = [make_report(rng, i)["text"] for i in range(n)]
    rules = [re.compile(p) for p in (
        r"(令和|平成|昭和|大正|明治)\s*(\d{1,4}|[〇一二三四五六七八九十]{1,5}|元)\s*年(\s*(\d{1,4}|[〇一二三四五六七八九十]{1,5})\s*月(\s*(\d{1,4}|[〇一二三四五六七八九十]{1,5})\s*日)?)?",
        r"(?<![A-Za-z0-9])[MTSHR]\s?\d{1,2}[./-]\d{1,2}[./-]\d{1,2}(?![0-9])",
        r"(?<![0-9])(\d{4}|[〇一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[〇一二三四五六七八九十]{1,3})\s*月(\s*(\d{1,2}|[〇一二三四五六七八九十]{1,3})\s*日)?",
        r"(?<![0-9])\d{4}([./-])\d{1,2}\1\d{1,2}(?![0-9])",
        r"(?<![0-9])(?:19|20)\d{6}(?![0-9])",
        r"(?<![0-9])(\d{2,3})\s*(歳|才)",
        r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}",
        r"(?<![0-9])(?:\+81[-\s]?\(?0?\)?|\(?0)\d{1,4}\)?[-\s]?\d{1,4}[-\s]?\d{3,4}(?![0-9])",
        r"(内線|PHS|ピッチ)\s*[:：]?\s*\d{2,5}(?![0-9])",
        r"〒\s*\d{3}-?\d{4}(?![0-9])",
        r"(東京都|大阪府|京都府|北海道|[一-龥]{2,3}県)[一-龥ぁ-んァ-ヶー]{1,8}?[市区町村郡](\d+(丁目|番地?|号)|\d+-\d+(-\d+)?)?",
        r"(?<![0-9A-Za-z.,])[A-Za-z]{0,4}-?\d[\d-]{4,}\d(?![0-9])",
        r"([一-龥ァ-ヶーA-Za-z]{2,12})(病院|医院|クリニック|診療所|医療センター)",
        r"\b(?:Dr|Doctor|Prof|Mr|Mrs|Ms)\.?\s+([A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+)?)",
        r"(読影医|担当医?|主治医)\s*[:：]?\s*([一-龥ァ-ヶ]{1,4})",
        r"([一-龥ァ-ヶ]{1,4})(先生|医師|様|さん|殿|氏)",
    )]
    import unicodedata
    start = time.perf_counter()
    replaced = 0
    for text in reports:
        normalized = unicodedata.normalize("NFKC", text)
        for rule in rules:
            normalized, count = rule.subn("[X]", normalized)
            replaced += count
    seconds = time.perf_counter() - start
    print(json.dumps({"reports": n, "seconds": seconds, "replaced": replaced}))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "corpus":
        corpus(int(sys.argv[2]))
    elif command == "csv":
        csv_file(sys.argv[2], sys.argv[3])
    elif command == "hl7":
        hl7_file(sys.argv[2], sys.argv[3])
    elif command == "xlsx":
        xlsx_file(sys.argv[2], "")
    elif command == "sr":
        sr_file(sys.argv[2], sys.argv[sys.argv.index("--like") + 1])
    elif command == "pdf":
        pdf_file(sys.argv[2], sys.argv[sys.argv.index("--like") + 1])
    elif command == "peer":
        peer(int(sys.argv[2]))
    else:
        sys.exit(__doc__)
