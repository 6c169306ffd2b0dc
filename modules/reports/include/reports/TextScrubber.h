#pragma once
// De-identification of report text, Japanese and English (issue 24). The text is normalised
// (NFKC, per character cluster, with a map back to the original characters); identifying
// spans are found by several detectors and replaced in the original text by typed
// placeholders ([氏名], [ID], [電話番号], [住所], [日付], [メール], [施設名]); everything else
// stays exactly as it was written.
//
// Detectors: the identifiers of the patients given (names in kanji, kana and romaji, with or
// without spaces, in either order; patient IDs in any width; birth dates in any form); other
// people's names by morphological analysis (MeCab with the IPAdic dictionary: person-name
// tokens, not when they name a disease such as パーキンソン病) and by rules (names next to
// 先生, 医師, 様, さん, 殿, 氏, after 読影医, 担当, 主治医, Dr.); a site list of staff and hospital
// names; dates in Western and Japanese-era forms, kept, shifted by the patient's offset or
// removed as the store's profile treats dates; ages over 89 ("90歳以上"); phone and fax
// numbers, postal codes, addresses, e-mail addresses, accession numbers and other long digit
// strings.

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace rc {

enum class ReportDates { Keep, Shift, Remove };

enum class ReplacementKind { Name, Id, Phone, Address, Date, Email, Institution, Age };

// The placeholder that takes a kind's place ("[氏名]", ...).
QString placeholderOf(ReplacementKind kind);
// "name", "id", ... (stable, for files and the command line).
QString kindName(ReplacementKind kind);

struct ScrubPatient {
  QString name;       // as DICOM writes it ("Yamada^Taro=山田^太郎=やまだ^たろう"), or free text
  QStringList otherNames;  // more spellings (a spreadsheet's name column)
  QString patientId;
  QString birthDate;  // YYYYMMDD
  int dateOffsetDays = 0;
};

struct ScrubContext {
  // The report's patient first (its offset shifts the dates); then any other patient whose
  // identifiers must not appear.
  std::vector<ScrubPatient> patients;
  // Every patient of the table, shared by many reports (not owned; outlives the call); the
  // one with the first patient's ID is skipped (it is that patient).
  const std::vector<ScrubPatient>* tablePatients = nullptr;
  QStringList identifiers;  // the report's accession number and other IDs
  QDate reportDate;         // completes dates written without a year
};

struct ScrubSettings {
  ReportDates dates = ReportDates::Keep;
  QStringList staffNames;    // the site's list: removed wherever they occur
  QStringList institutions;  // hospital names
  QString mecabDictionary = QStringLiteral("/var/lib/mecab/dic/ipadic-utf8");
};

struct Replacement {
  ReplacementKind kind;
  int start = 0, length = 0;  // in the cleaned text
  QString reason;             // "the patient's name", "person name (morphological analysis)", ...
};

struct ScrubbedText {
  QString text;
  std::vector<Replacement> replacements;
};

class TextScrubber {
public:
  // Fails when MeCab or its dictionary cannot be loaded (no scrubbing without it).
  static Result<std::shared_ptr<const TextScrubber>> create(const ScrubSettings& settings);
  ~TextScrubber();

  // Thread-safe: each call borrows a MeCab tagger of its own, so reports are scrubbed on
  // every core at once (parallelFor).
  ScrubbedText scrub(const QString& text, const ScrubContext& context) const;

private:
  struct Impl;
  explicit TextScrubber(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace rc
