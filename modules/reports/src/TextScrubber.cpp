#include "reports/TextScrubber.h"

#include "DateText.h"
#include "ReportsTr.h"
#include "core/IdentifierText.h"

#include <mecab.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace rc {

namespace {

// A span of the original text to replace.
struct Span {
  int start = 0, end = 0;
  ReplacementKind kind = ReplacementKind::Name;
  QString replacement;  // empty: the kind's placeholder
  QString reason;
};

// One token of MeCab's analysis, in normalised-text characters, with the parts of speech the
// rules ask about (read from IPAdic's feature bytes once, not kept as text).
struct Token {
  int start = 0, end = 0;
  QStringView surface;  // into the normalised text, which outlives the tokens
  bool unknown = false;
  bool noun = false, properNoun = false, personName = false;
  bool surname = false;        // 人名,姓 or 人名,一般 (a full name)
  bool nameSuffix = false;     // 名詞,接尾,人名: 様, さん, 氏 ...
  bool generalSuffix = false;  // 名詞,接尾,一般: 性, 像 ...
  bool space = false;          // 記号,空白
};

Token classify(const char* feature) {
  Token t;
  auto starts = [feature](const char* prefix) { return std::strncmp(feature, prefix, std::strlen(prefix)) == 0; };
  t.noun = starts("名詞");
  t.properNoun = starts("名詞,固有名詞");
  t.personName = starts("名詞,固有名詞,人名");
  t.surname = starts("名詞,固有名詞,人名,姓") || starts("名詞,固有名詞,人名,一般");
  t.nameSuffix = starts("名詞,接尾,人名");
  t.generalSuffix = starts("名詞,接尾,一般");
  t.space = starts("記号,空白");
  return t;
}

// Whether `text` holds any of the characters of `set` (a cheap test before a pattern runs).
bool hasAny(const QString& text, const QString& set) {
  for (const QChar c : set)
    if (text.contains(c)) return true;
  return false;
}

bool isKatakanaWord(QStringView s) {
  if (s.isEmpty()) return false;
  for (const QChar c : s)
    if (!((c.unicode() >= 0x30A1 && c.unicode() <= 0x30FA) || c.unicode() == 0x30FC)) return false;
  return true;
}

bool isLatin(const QString& s) {
  for (const QChar c : s)
    if (c.unicode() >= 0x2E80) return false;
  return true;
}

QString toKatakana(const QString& s) {
  QString out = s;
  for (QChar& c : out)
    if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096) c = QChar(char16_t(c.unicode() + 0x60));
  return out;
}

QString toHiragana(const QString& s) {
  QString out = s;
  for (QChar& c : out)
    if (c.unicode() >= 0x30A1 && c.unicode() <= 0x30F6) c = QChar(char16_t(c.unicode() - 0x60));
  return out;
}

// Words that sit where a name would (before 先生, after 担当) but are roles, not people.
const QStringList& roleWords() {
  static const QStringList words = {
      QStringLiteral("主治"),   QStringLiteral("主治医"), QStringLiteral("担当"),   QStringLiteral("担当医"), QStringLiteral("紹介"),
      QStringLiteral("紹介医"), QStringLiteral("読影"),   QStringLiteral("読影医"), QStringLiteral("放射線"), QStringLiteral("放射線科"),
      QStringLiteral("内科"),   QStringLiteral("外科"),   QStringLiteral("科"),     QStringLiteral("医"),     QStringLiteral("当院"),
      QStringLiteral("前医"),   QStringLiteral("近医"),   QStringLiteral("他院"),   QStringLiteral("病棟"),   QStringLiteral("外来"),
      QStringLiteral("院長"),   QStringLiteral("部長"),   QStringLiteral("医長"),   QStringLiteral("専門"),   QStringLiteral("専門医"),
      QStringLiteral("研修"),   QStringLiteral("研修医"), QStringLiteral("依頼"),   QStringLiteral("依頼医"), QStringLiteral("患者"),
      QStringLiteral("本人"),   QStringLiteral("家族"),   QStringLiteral("各"),     QStringLiteral("同"),     QStringLiteral("当"),
      QStringLiteral("呼吸器"), QStringLiteral("消化器"), QStringLiteral("循環器"), QStringLiteral("整形"),   QStringLiteral("泌尿器"),
      QStringLiteral("記載"),   QStringLiteral("記載医"), QStringLiteral("報告"),   QStringLiteral("報告医"), QStringLiteral("確認"),
  };
  return words;
}

// A person-name token followed by one of these names a disease, a sign or a method.
bool startsEponymSuffix(const QString& s) {
  static const QStringList suffixes = {QStringLiteral("病"),   QStringLiteral("症"),   QStringLiteral("腫"),   QStringLiteral("型"),
                                       QStringLiteral("分類"), QStringLiteral("反射"), QStringLiteral("徴候"), QStringLiteral("試験"),
                                       QStringLiteral("法"),   QStringLiteral("骨折"), QStringLiteral("管"),   QStringLiteral("リンパ腫"),
                                       QStringLiteral("細胞"), QStringLiteral("線"),   QStringLiteral("結節"), QStringLiteral("孔"),
                                       QStringLiteral("窩"),   QStringLiteral("の法則"), QStringLiteral("スコア"), QStringLiteral("サイン"),
                                       QStringLiteral("像"),   QStringLiteral("影"),   QStringLiteral("陰影"), QStringLiteral("肺"),
                                       QStringLiteral("炎"),   QStringLiteral("癌"),   QStringLiteral("性"),   QStringLiteral("状"),
                                       QStringLiteral("化"),   QStringLiteral("腺"),   QStringLiteral("膜"),   QStringLiteral("葉")};
  for (const QString& suffix : suffixes)
    if (s.startsWith(suffix)) return true;
  return false;
}

// Forms of one name worth looking for (folded): each component group's family and given name
// together in both orders and alone, kana in both scripts.
QStringList nameForms(const ScrubPatient& patient) {
  QList<QStringList> groups;
  for (const QString& group : patient.name.split(QLatin1Char('='))) {
    QStringList parts;
    for (const QString& part : group.split(QLatin1Char('^')))
      if (!part.trimmed().isEmpty()) parts << part.trimmed();
    if (!parts.isEmpty()) groups << parts.mid(0, 2);
  }
  for (const QString& other : patient.otherNames) {
    const QStringList parts = other.split(QRegularExpression(QStringLiteral("[\\s\\x{3000},、・]+")), Qt::SkipEmptyParts);
    if (!parts.isEmpty()) groups << parts.mid(0, 2);
  }
  QStringList forms;
  auto add = [&](const QString& form) {
    const QString folded = foldIdentifier(form);
    if (folded.isEmpty()) return;
    const bool latin = isLatin(folded);
    if ((latin && folded.size() < 3) || (!latin && folded.size() < 2 && form.size() < 2)) return;
    for (const QString& f : {folded, toKatakana(folded), toHiragana(folded)})
      if (!forms.contains(f)) forms << f;
  };
  for (const QStringList& parts : groups) {
    if (parts.size() == 2) {
      add(parts[0] + parts[1]);
      add(parts[1] + parts[0]);
    }
    for (const QString& p : parts) {
      const QString folded = foldIdentifier(p);
      if (isLatin(folded) ? folded.size() >= 3 : folded.size() >= 2) add(p);
    }
  }
  // Longest first: a full name is one span, not a surname plus a given name.
  std::sort(forms.begin(), forms.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
  return forms;
}

// Every occurrence of `folded` (foldIdentifier) in `text`, as spans of the original.
void findFolded(const FoldedText& text, const QString& folded, bool wordOnly, ReplacementKind kind, const QString& reason,
                std::vector<Span>& out) {
  if (folded.isEmpty()) return;
  for (qsizetype p = text.text.indexOf(folded); p >= 0; p = text.text.indexOf(folded, p + 1)) {
    const qsizetype end = p + folded.size();
    if (wordOnly) {
      auto wordChar = [](QChar c) { return c.unicode() < 0x2E80 && c.isLetterOrNumber(); };
      const bool startOk = p == 0 || text.wordStart[size_t(p)] || !wordChar(text.text.at(p - 1));
      const bool endOk = end >= text.text.size() || text.wordStart[size_t(end)] || !wordChar(text.text.at(end));
      if (!startOk || !endOk) continue;
    }
    out.push_back({text.originalStart(int(p)), text.originalEnd(int(end)), kind, QString(), reason});
  }
}

const QString kPrefectures = QStringLiteral(
    "(北海道|東京都|京都府|大阪府|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|神奈川県|新潟県|富山県|石川県|"
    "福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|兵庫県|奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|"
    "高知県|福岡県|佐賀県|長崎県|熊本県|大分県|宮崎県|鹿児島県|沖縄県)");

}  // namespace

QString placeholderOf(ReplacementKind kind) {
  switch (kind) {
    case ReplacementKind::Name: return QStringLiteral("[氏名]");
    case ReplacementKind::Id: return QStringLiteral("[ID]");
    case ReplacementKind::Phone: return QStringLiteral("[電話番号]");
    case ReplacementKind::Address: return QStringLiteral("[住所]");
    case ReplacementKind::Date: return QStringLiteral("[日付]");
    case ReplacementKind::Email: return QStringLiteral("[メール]");
    case ReplacementKind::Institution: return QStringLiteral("[施設名]");
    case ReplacementKind::Age: return QStringLiteral("90歳以上");
  }
  return QStringLiteral("[削除]");
}

QString kindName(ReplacementKind kind) {
  switch (kind) {
    case ReplacementKind::Name: return QStringLiteral("name");
    case ReplacementKind::Id: return QStringLiteral("id");
    case ReplacementKind::Phone: return QStringLiteral("phone");
    case ReplacementKind::Address: return QStringLiteral("address");
    case ReplacementKind::Date: return QStringLiteral("date");
    case ReplacementKind::Email: return QStringLiteral("email");
    case ReplacementKind::Institution: return QStringLiteral("institution");
    case ReplacementKind::Age: return QStringLiteral("age");
  }
  return QStringLiteral("other");
}

struct TextScrubber::Impl {
  ScrubSettings settings;
  // The forms of each patient's name, made once (an import scrubs many reports with the same table).
  std::mutex formsLock;
  QHash<QString, QStringList> formsOf;
  QStringList forms(const ScrubPatient& p) {
    const QString key = p.name + QChar(0x1f) + p.otherNames.join(QChar(0x1e));
    std::lock_guard<std::mutex> lock(formsLock);
    auto it = formsOf.find(key);
    if (it == formsOf.end()) {
      if (formsOf.size() > 100000) formsOf.clear();
      it = formsOf.insert(key, nameForms(p));
    }
    return it.value();
  }
  std::unique_ptr<MeCab::Model> model;
  // Taggers and lattices are not thread-safe, the model is: each analysis borrows a pair of
  // its own (made on demand), so that reports are scrubbed on every core at once.
  struct Analyser {
    std::unique_ptr<MeCab::Tagger> tagger;
    std::unique_ptr<MeCab::Lattice> lattice;
  };
  std::mutex poolLock;
  std::vector<std::unique_ptr<Analyser>> pool;
  std::unique_ptr<Analyser> borrow() {
    {
      std::lock_guard<std::mutex> lock(poolLock);
      if (!pool.empty()) {
        auto a = std::move(pool.back());
        pool.pop_back();
        return a;
      }
    }
    auto a = std::make_unique<Analyser>();
    a->tagger.reset(model->createTagger());
    a->lattice.reset(model->createLattice());
    return a->tagger && a->lattice ? std::move(a) : nullptr;
  }
  void giveBack(std::unique_ptr<Analyser> a) {
    std::lock_guard<std::mutex> lock(poolLock);
    pool.push_back(std::move(a));
  }

  std::vector<Token> analyse(const QString& text) {
    std::vector<Token> tokens;
    // UTF-8 bytes -> characters of `text`.
    const QByteArray utf8 = text.toUtf8();
    std::vector<int> charOfByte;
    charOfByte.reserve(size_t(utf8.size()) + 1);
    for (qsizetype i = 0; i < text.size(); ++i) {
      const char16_t u = text.at(i).unicode();
      const bool pair = QChar::isHighSurrogate(u) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
      const int bytes = pair ? 4 : u < 0x80 ? 1 : u < 0x800 ? 2 : 3;
      for (int b = 0; b < bytes; ++b) charOfByte.push_back(int(i));
      i += pair;
    }
    charOfByte.push_back(int(text.size()));
    std::unique_ptr<Analyser> analyser = borrow();
    if (!analyser) return tokens;
    MeCab::Lattice* lattice = analyser->lattice.get();
    lattice->set_sentence(utf8.constData(), size_t(utf8.size()));
    if (!analyser->tagger->parse(lattice)) {
      giveBack(std::move(analyser));
      return tokens;
    }
    for (const MeCab::Node* node = lattice->bos_node(); node; node = node->next) {
      if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE || node->length == 0) continue;
      const qsizetype startByte = node->surface - lattice->sentence();
      const qsizetype endByte = startByte + node->length;
      if (startByte < 0 || endByte > utf8.size()) continue;
      Token t = classify(node->feature);
      t.start = charOfByte[size_t(startByte)];
      t.end = charOfByte[size_t(endByte)];
      t.surface = QStringView(text).mid(t.start, t.end - t.start);
      t.unknown = node->stat == MECAB_UNK_NODE;
      tokens.push_back(std::move(t));
    }
    giveBack(std::move(analyser));
    return tokens;
  }
};

TextScrubber::TextScrubber(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TextScrubber::~TextScrubber() = default;

Result<std::shared_ptr<const TextScrubber>> TextScrubber::create(const ScrubSettings& settings) {
  if (!QFileInfo(QDir(settings.mecabDictionary).filePath(QStringLiteral("sys.dic"))).isFile())
    return fail(ReportsTr::tr("the MeCab dictionary %1 is missing (Debian package mecab-ipadic-utf8)").arg(settings.mecabDictionary));
  auto impl = std::make_unique<Impl>();
  impl->settings = settings;
  const QByteArray arguments = "-d " + QFile::encodeName(settings.mecabDictionary);
  impl->model.reset(MeCab::createModel(arguments.constData()));
  if (!impl->model) return fail(ReportsTr::tr("MeCab could not load %1: %2").arg(settings.mecabDictionary, QString::fromUtf8(MeCab::getLastError())));
  auto first = impl->borrow();
  if (!first) return fail(ReportsTr::tr("MeCab could not start: %1").arg(QString::fromUtf8(MeCab::getLastError())));
  impl->giveBack(std::move(first));
  return std::shared_ptr<const TextScrubber>(new TextScrubber(std::move(impl)));
}

ScrubbedText TextScrubber::scrub(const QString& text, const ScrubContext& context) const {
  const FoldedText folded = foldIdentifierText(text);
  const FoldedText norm = normalizeTextNfkc(text);
  const QString& n = norm.text;
  std::vector<Span> spans;
  auto fromNorm = [&](qsizetype start, qsizetype end, ReplacementKind kind, const QString& reason, const QString& replacement = QString()) {
    if (end <= start) return;
    spans.push_back({norm.originalStart(int(start)), norm.originalEnd(int(end)), kind, replacement, reason});
  };

  // 1. The patients' own identifiers, in every spelling the folding sees as one.
  auto findPatient = [&](const ScrubPatient& p, bool own) {
    const QString name = own ? ReportsTr::tr("the patient's name") : ReportsTr::tr("another patient's name");
    const QString id = own ? ReportsTr::tr("the patient's ID") : ReportsTr::tr("another patient's ID");
    for (const QString& form : impl_->forms(p)) findFolded(folded, form, isLatin(form), ReplacementKind::Name, name, spans);
    findFolded(folded, foldIdentifier(p.patientId), true, ReplacementKind::Id, id, spans);
  };
  for (size_t i = 0; i < context.patients.size(); ++i) findPatient(context.patients[i], i == 0);
  if (context.tablePatients)
    for (const ScrubPatient& p : *context.tablePatients)
      if (context.patients.empty() || p.patientId != context.patients.front().patientId) findPatient(p, false);
  for (const QString& id : context.identifiers) findFolded(folded, foldIdentifier(id), true, ReplacementKind::Id, ReportsTr::tr("the report's accession number"), spans);
  for (const QString& staff : impl_->settings.staffNames)
    findFolded(folded, foldIdentifier(staff), isLatin(foldIdentifier(staff)), ReplacementKind::Name, ReportsTr::tr("a name on the site's staff list"), spans);
  for (const QString& institution : impl_->settings.institutions)
    findFolded(folded, foldIdentifier(institution), false, ReplacementKind::Institution, ReportsTr::tr("a hospital on the site's list"), spans);

  // 2. Dates: a birth date always goes; the others as the profile treats dates.
  const int offset = context.patients.empty() ? 0 : context.patients.front().dateOffsetDays;
  const std::vector<DateInText> dates = findDates(n, context.reportDate.isValid() ? context.reportDate.year() : 0);
  // A date, even a kept one, is never taken for a phone number or an ID.
  auto onDate = [&](qsizetype start, qsizetype end) {
    return std::any_of(dates.begin(), dates.end(), [&](const DateInText& d) { return start < d.end && d.start < end; });
  };
  for (const DateInText& d : dates) {
    bool birth = false;
    for (const ScrubPatient& p : context.patients)
      birth = birth || (d.precision == DateInText::Precision::Day && d.yearGiven && d.date.toString(QStringLiteral("yyyyMMdd")) == p.birthDate);
    if (birth) {
      fromNorm(d.start, d.end, ReplacementKind::Date, ReportsTr::tr("a birth date"));
      continue;
    }
    switch (impl_->settings.dates) {
      case ReportDates::Keep: break;
      case ReportDates::Remove: fromNorm(d.start, d.end, ReplacementKind::Date, ReportsTr::tr("a date (the profile removes dates)")); break;
      case ReportDates::Shift: {
        // A year or a month alone moves with its middle.
        QDate anchor = d.date;
        if (d.precision == DateInText::Precision::Year) anchor = QDate(d.date.year(), 7, 1);
        if (d.precision == DateInText::Precision::Month) anchor = QDate(d.date.year(), d.date.month(), 15);
        fromNorm(d.start, d.end, ReplacementKind::Date, ReportsTr::tr("a date, shifted"), writeDateLike(anchor.addDays(offset), d));
        break;
      }
    }
  }

  // 3. Ages over 89.
  static const QRegularExpression ageJa(QStringLiteral("(?<![0-9])(\\d{2,3})\\s*(歳|才)"));
  if (n.contains(QChar(u'歳')) || n.contains(QChar(u'才')))
  for (auto it = ageJa.globalMatch(n); it.hasNext();) {
    const auto m = it.next();
    if (m.captured(1).toInt() >= 90) fromNorm(m.capturedStart(), m.capturedEnd(), ReplacementKind::Age, ReportsTr::tr("an age over 89"), QStringLiteral("90歳以上"));
  }
  static const QRegularExpression ageEn(QStringLiteral("\\b(\\d{2,3})([- ](?:year|yr)s?[- ]old)\\b|\\baged\\s+(\\d{2,3})\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
  if (n.contains(QLatin1String("old"), Qt::CaseInsensitive) || n.contains(QLatin1String("aged"), Qt::CaseInsensitive))
  for (auto it = ageEn.globalMatch(n); it.hasNext();) {
    const auto m = it.next();
    const int age = (m.captured(1).isEmpty() ? m.captured(3) : m.captured(1)).toInt();
    if (age >= 90)
      fromNorm(m.capturedStart(), m.capturedEnd(), ReplacementKind::Age, ReportsTr::tr("an age over 89"),
               m.captured(1).isEmpty() ? QStringLiteral("aged 90 or over") : QStringLiteral("90 or more years old"));
  }

  // 4. Contact details and numbers.
  static const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
  if (n.contains(QLatin1Char('@')))
  for (auto it = email.globalMatch(n); it.hasNext();) {
    const auto m = it.next();
    fromNorm(m.capturedStart(), m.capturedEnd(), ReplacementKind::Email, ReportsTr::tr("an e-mail address"));
  }
  static const QRegularExpression phone(
      QStringLiteral("(?<![0-9])(?:\\+81[-\\s]?\\(?0?\\)?|\\(?0)\\d{1,4}\\)?[-\\s]?\\d{1,4}[-\\s]?\\d{3,4}(?![0-9])"));
  // Patterns of digits and of Latin names only where the text has such characters at all.
  int digits = 0;
  bool latinCapital = false;
  for (const QChar c : n) {
    digits += c.isDigit();
    latinCapital = latinCapital || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
  }
  if (digits >= 6)
  for (auto it = phone.globalMatch(n); it.hasNext();) {
    const auto m = it.next();
    qsizetype digits = 0;
    for (const QChar c : m.captured(0)) digits += c.isDigit();
    const bool international = m.captured(0).startsWith(QLatin1Char('+'));
    if (onDate(m.capturedStart(), m.capturedEnd())) continue;
    if ((!international && (digits == 10 || digits == 11)) || (international && digits >= 11 && digits <= 13))
      fromNorm(m.capturedStart(), m.capturedEnd(), ReplacementKind::Phone, ReportsTr::tr("a phone or fax number"));
  }
  static const QRegularExpression extension(QStringLiteral("(内線|PHS|ピッチ|ext\\.?)\\s*[:：]?\\s*\\d{2,5}(?![0-9])"), QRegularExpression::CaseInsensitiveOption);
  if (n.contains(QStringLiteral("内線")) || n.contains(QLatin1String("PHS")) || n.contains(QStringLiteral("ピッチ")) || n.contains(QLatin1String("ext"), Qt::CaseInsensitive))
  for (auto it = extension.globalMatch(n); it.hasNext();) {
    const auto m = it.next();
    fromNorm(m.capturedStart(), m.capturedEnd(), ReplacementKind::Phone, ReportsTr::tr("an extension number"));
  }
  static const QRegularExpression postal(QStringLiteral("(〒|郵便番号\\s*[:：]?)\\s*\\d{3}-?\\d{4}(?![0-9])"));
  if (n.contains(QChar(u'〒')) || n.contains(QStringLiteral("郵便番号")))
  for (auto it = postal.globalMatch(n); it.hasNext();) {
    const auto m = it.next();
    fromNorm(m.capturedStart(), m.capturedEnd(), ReplacementKind::Address, ReportsTr::tr("a postal code"));
  }
  static const QString place = QStringLiteral("[\\x{4E00}-\\x{9FFF}\\x{3041}-\\x{3096}\\x{30A1}-\\x{30FA}ー]");
  // A prefecture alone says little ("東京都在住"); with its city, and the town and block if
  // given, it is an address.
  static const QString block = QStringLiteral("\\d+(?:丁目|番地?|号)(?:\\d+(?:番地?|号)?|-\\d+)*|\\d+-\\d+(?:-\\d+)?");
  static const QRegularExpression address(kPrefectures + place + QStringLiteral("{1,8}?[市区町村郡](?:") + place + QStringLiteral("{0,8}?(?:") + block +
                                          QStringLiteral("))?"));
  if (hasAny(n, QStringLiteral("都道府県")))
  for (auto it = address.globalMatch(n); it.hasNext();) {
    const auto m = it.next();
    fromNorm(m.capturedStart(), m.capturedEnd(), ReplacementKind::Address, ReportsTr::tr("an address"));
  }
  static const QRegularExpression street(place + QStringLiteral("{1,6}[市区町村]") + place +
                                         QStringLiteral("{0,10}?(?:\\d+(?:丁目|番地?|号)(?:\\d+(?:番地?|号)?|-\\d+)*|\\d+-\\d+-\\d+)"));
  if (hasAny(n, QStringLiteral("市区町村")))
  for (auto it = street.globalMatch(n); it.hasNext();) {
    const auto m = it.next();
    fromNorm(m.capturedStart(), m.capturedEnd(), ReplacementKind::Address, ReportsTr::tr("an address"));
  }
  static const QRegularExpression longNumber(QStringLiteral("(?<![0-9A-Za-z.,])[A-Za-z]{0,4}-?\\d[\\d-]{4,}\\d(?![0-9])"));
  if (digits >= 6)
  for (auto it = longNumber.globalMatch(n); it.hasNext();) {
    const auto m = it.next();
    qsizetype digits = 0;
    for (const QChar c : m.captured(0)) digits += c.isDigit();
    if (digits >= 6 && !onDate(m.capturedStart(), m.capturedEnd())) fromNorm(m.capturedStart(), m.capturedEnd(), ReplacementKind::Id, ReportsTr::tr("a long number (an accession number or ID)"));
  }

  // 5. Hospitals by their form.
  // (A name may begin in hiragana, みなと中央病院, but not end in it: 近くの病院 is no name.)
  static const QRegularExpression hospitalJa(
      QStringLiteral("([\\x{3041}-\\x{3096}]{0,5}[\\x{4E00}-\\x{9FFF}\\x{30A1}-\\x{30FA}ーA-Za-z]{1,12})(病院|医院|クリニック|診療所|医療センター)"));
  if (n.contains(QStringLiteral("病院")) || n.contains(QStringLiteral("医院")) || n.contains(QStringLiteral("クリニック")) || n.contains(QStringLiteral("診療所")) || n.contains(QStringLiteral("医療センター")))
  for (auto it = hospitalJa.globalMatch(n); it.hasNext();) {
    const auto m = it.next();
    static const QStringList generic = {QStringLiteral("大学"), QStringLiteral("総合"), QStringLiteral("近医"), QStringLiteral("他"),
                                        QStringLiteral("前医"), QStringLiteral("当"), QStringLiteral("専門")};
    if (generic.contains(m.captured(1))) continue;
    fromNorm(m.capturedStart(), m.capturedEnd(), ReplacementKind::Institution, ReportsTr::tr("a hospital's name"));
  }
  static const QRegularExpression hospitalEn(QStringLiteral("\\b(?:[A-Z][A-Za-z]+\\s+){1,4}(?:Hospital|Clinic|Medical Cent(?:er|re))\\b"));
  if (n.contains(QLatin1String("Hospital")) || n.contains(QLatin1String("Clinic")) || n.contains(QLatin1String("Medical Cent")))
  for (auto it = hospitalEn.globalMatch(n); it.hasNext();) {
    const auto m = it.next();
    fromNorm(m.capturedStart(), m.capturedEnd(), ReplacementKind::Institution, ReportsTr::tr("a hospital's name"));
  }

  // 6. People's names in English, after a title or a signature word.
  static const QRegularExpression titled(QStringLiteral("\\b(?:Dr|Doctor|Prof|Mr|Mrs|Ms|Miss)\\.?\\s+([A-Z][a-zA-Z'-]+(?:\\s+[A-Z][a-zA-Z'-]+)?)"));
  static const QRegularExpression signed_(QStringLiteral("\\b(?:[Rr]eported|[Rr]ead|[Dd]ictated|[Ss]igned|[Aa]pproved|[Ee]xamined)\\s+by:?\\s+"
                                                         "(?:Dr\\.?\\s+)?([A-Z][a-zA-Z'-]+(?:\\s+[A-Z][a-zA-Z'-]+)?)|"
                                                         "\\b(?:Radiologist|Physician|Reader|Referring physician)\\s*:\\s*(?:Dr\\.?\\s+)?([A-Z][a-zA-Z'-]+(?:\\s+[A-Z][a-zA-Z'-]+)?)"));
  for (const QRegularExpression* re : {&titled, &signed_})
    for (auto it = latinCapital ? re->globalMatch(n) : QRegularExpressionMatchIterator(); it.hasNext();) {
      const auto m = it.next();
      const int group = m.capturedStart(1) >= 0 ? 1 : 2;
      fromNorm(m.capturedStart(group), m.capturedEnd(group), ReplacementKind::Name, ReportsTr::tr("a person's name (after a title)"));
    }

  // 7. Japanese names: MeCab's person-name tokens, and the words next to a title or a role.
  // (A text without kanji or kana has no Japanese names to find.)
  const bool japanese = std::any_of(n.begin(), n.end(), [](QChar c) { return c.unicode() >= 0x3041 && c.unicode() <= 0x9FFF; });
  const std::vector<Token> tokens = japanese ? impl_->analyse(n) : std::vector<Token>();
  auto nameLike = [](const Token& t) {
    if (roleWords().contains(t.surface)) return false;
    return t.properNoun || t.unknown || (t.noun && isKatakanaWord(t.surface) && t.surface.size() >= 2);
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.personName && !roleWords().contains(t.surface)) {
      size_t last = i;
      bool surname = false;
      while (last + 1 < tokens.size() && tokens[last + 1].personName) ++last;
      for (size_t k = i; k <= last; ++k)
        surname = surname || tokens[k].surname;
      // IPAdic reads many a medical compound as names: a given name alone (透亮像: 透 + 亮 + 像),
      // one-character names only (間質性: 間 + 質 + 性), a name run inside a compound (followed
      // by a suffix such as 性 or 像, or by 肺, 炎 ...). Those need a title or an honorific
      // next to them, which the rules below look for.
      bool longPart = false;
      for (size_t k = i; k <= last; ++k) longPart = longPart || tokens[k].surface.size() >= 2;
      const bool compound = last + 1 < tokens.size() && tokens[last + 1].start == tokens[last].end &&
                            (tokens[last + 1].generalSuffix ||
                             startsEponymSuffix(n.mid(tokens[last + 1].start)));
      surname = surname && longPart;
      if (surname && !compound) fromNorm(t.start, tokens[last].end, ReplacementKind::Name, ReportsTr::tr("a person's name (morphological analysis)"));
      if (surname) {
        i = last;
        continue;
      }
    }
    // Before a title: 鷲尾先生, スミス医師, 山本様.
    static const QStringList titles = {QStringLiteral("先生"), QStringLiteral("医師"), QStringLiteral("Dr")};
    const bool honorific = t.nameSuffix;
    if ((titles.contains(t.surface) || honorific) && i > 0) {
      size_t first = i;
      while (first > 0 && i - first < 2 && nameLike(tokens[first - 1]) && tokens[first - 1].end == tokens[first].start) --first;
      if (first < i) fromNorm(tokens[first].start, tokens[i - 1].end, ReplacementKind::Name, ReportsTr::tr("a person's name (before a title)"));
    }
    // After a role: 読影医：鷲尾, 担当 田村, 主治医 佐々木.
    static const QStringList roles = {QStringLiteral("読影医"), QStringLiteral("担当"),   QStringLiteral("担当医"), QStringLiteral("主治医"),
                                      QStringLiteral("紹介医"), QStringLiteral("依頼医"), QStringLiteral("記載医"), QStringLiteral("報告医"),
                                      QStringLiteral("Dr"),     QStringLiteral("医師")};
    if (roles.contains(t.surface)) {
      size_t j = i + 1;
      while (j < tokens.size() && (tokens[j].surface == QLatin1String(":") || tokens[j].surface == QLatin1String(".") ||
                                   tokens[j].space))
        ++j;
      size_t last = j;
      while (last < tokens.size() && last - j < 2 && nameLike(tokens[last])) ++last;
      if (last > j) fromNorm(tokens[j].start, tokens[last - 1].end, ReplacementKind::Name, ReportsTr::tr("a person's name (after a role)"));
    }
  }

  // Overlapping spans become one (the first's kind); then the text is rebuilt.
  // A long number is the weakest reading of digits: a phone number or a date of the same
  // span says more.
  auto strength = [](const Span& s) { return s.kind == ReplacementKind::Id && s.reason.startsWith(QLatin1String("a long")) ? 0 : 1; };
  std::stable_sort(spans.begin(), spans.end(), [&](const Span& a, const Span& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end > b.end;
    return strength(a) > strength(b);
  });
  std::vector<Span> merged;
  for (const Span& s : spans) {
    if (!merged.empty() && s.start < merged.back().end) {
      if (s.end > merged.back().end) {
        merged.back().end = s.end;
        merged.back().replacement.clear();  // a shifted date grown by another span: the placeholder
      }
      continue;
    }
    merged.push_back(s);
  }
  ScrubbedText out;
  int at = 0;
  for (const Span& s : merged) {
    out.text += text.mid(at, s.start - at);
    const QString replacement = s.replacement.isEmpty() ? placeholderOf(s.kind) : s.replacement;
    out.replacements.push_back({s.kind, int(out.text.size()), int(replacement.size()), s.reason});
    out.text += replacement;
    at = s.end;
  }
  out.text += text.mid(at);
  return out;
}

}  // namespace rc
