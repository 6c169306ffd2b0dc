#include "deid/PhiScanner.h"

#include "DeidTr.h"
#include "StructuredContent.h"
#include "dicom/CharacterSet.h"
#include "dicom/DicomFile.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomHeader.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QDate>
#include <QFile>
#include <QHash>

namespace rc {

namespace {

bool isTextVr(DcmEVR vr) {
  switch (vr) {
    case EVR_PN: case EVR_LO: case EVR_SH: case EVR_ST: case EVR_LT: case EVR_UT: case EVR_UC: case EVR_AE:
    case EVR_CS: case EVR_DA: case EVR_DT: case EVR_UR:
      return true;
    default:
      return false;
  }
}

bool isAscii(const QString& text) {
  return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
}

bool isDummyDate(const QString& v) { return v.startsWith(QLatin1String("19000101")); }

// Coded vocabulary and equipment strings: defined terms and vendor names, where a word equal to
// a surname ("Siemens", "Test") is a coincidence. They are still checked structurally.
bool isVocabulary(const DcmTagKey& tag) {
  static const QList<DcmTagKey> tags = {DCM_CodeValue,        DCM_CodingSchemeDesignator, DCM_CodingSchemeVersion,
                                        DCM_CodeMeaning,      DCM_MappingResource,        DCM_ContextIdentifier,
                                        DCM_LongCodeValue,    DCM_URNCodeValue,           DCM_Manufacturer,
                                        DCM_ManufacturerModelName, DCM_SoftwareVersions};
  return tags.contains(tag);
}

}  // namespace

// Placeholders that earlier de-identification (or our own dummy values) put where a name was:
// a "patient" called ANONYMOUS identifies nobody.
bool isPlaceholder(const QString& text) {
  static const QStringList words = {QStringLiteral("ANONYMOUS"), QStringLiteral("ANONYMIZED"), QStringLiteral("ANONYMISED"),
                                    QStringLiteral("ANONYMIZE"),  QStringLiteral("REMOVED"),    QStringLiteral("UNKNOWN"),
                                    QStringLiteral("DEIDENTIFIED")};
  return words.contains(text.toUpper());
}

void IdentifierSet::append(const IdentifierSet& other) {
  fullNames += other.fullNames;
  names += other.names;
  ids += other.ids;
  organisations += other.organisations;
  dates += other.dates;
  for (QStringList* list : {&names, &ids, &organisations, &dates}) list->removeDuplicates();
}

void IdentifierSet::removeValue(const QString& value) {
  for (QStringList* list : {&names, &ids, &organisations, &dates}) list->removeAll(value);
}

namespace {
// The words of a name: split at any of `separators` or white space (the full-width space of
// Japanese names too), empty parts dropped. By hand, not with a regular expression: it runs
// for every name of every file de-identified, and compiling a pattern per call was most of
// the cost of collecting the identifiers.
QStringList splitNameAt(const QString& name, const QString& separators) {
  QStringList parts;
  qsizetype start = -1;
  for (qsizetype i = 0; i <= name.size(); ++i) {
    const bool boundary = i == name.size() || name.at(i).isSpace() || separators.contains(name.at(i));
    if (!boundary && start < 0) start = i;
    if (boundary && start >= 0) {
      parts << name.mid(start, i - start);
      start = -1;
    }
  }
  return parts;
}

}  // namespace

QStringList namePartsOf(const QString& personName) {
  QStringList parts;
  for (const QString& part : splitNameAt(personName, QStringLiteral("^=\\,"))) {
    const bool ascii = isAscii(part);
    // Latin parts shorter than 3 letters (MD, DR, JR) say nothing; any kanji/kana pair does.
    if (part.size() >= (ascii ? 3 : 2)) parts << part;
  }
  return parts;
}

QStringList birthDateSpellings(const QString& dicomDate) {
  const QDate birth = QDate::fromString(dicomDate, QStringLiteral("yyyyMMdd"));
  if (!birth.isValid()) return {};
  return {dicomDate, birth.toString(QStringLiteral("yyyy-MM-dd")), birth.toString(QStringLiteral("yyyy/MM/dd")),
          birth.toString(QStringLiteral("yyyy.MM.dd"))};
}

IdentifierSet identityTokens(const PatientIdentity& identity) {
  IdentifierSet set;
  set.names = namePartsOf(identity.name);
  if (identity.patientId.trimmed().size() >= 3) set.ids << identity.patientId.trimmed();
  set.dates = birthDateSpellings(identity.birthDate);
  set.names.removeDuplicates();
  return set;
}

void PhiScanner::addIdentifiers(const IdentifierSet& identifiers, const QString& what) {
  auto add = [&](const QStringList& list, Match latin, Kind kind) {
    for (const QString& t : list) {
      const QString text = t.trimmed();
      if (text.isEmpty() || isPlaceholder(text)) continue;
      const QString folded = foldIdentifier(text);
      if (folded.isEmpty()) continue;
      // Japanese text has no word boundaries: kanji/kana identifiers match anywhere.
      tokens_.push_back({folded, what, latin == Match::Word && !isAscii(folded) ? Match::Substring : latin, kind, {}});
    }
  };
  add(identifiers.names, Match::Word, Kind::Name);
  for (const QStringList& parts : identifiers.fullNames) {
    QStringList kept;
    for (const QString& p : parts)
      if (!isPlaceholder(p) && !foldIdentifier(p).isEmpty()) kept << foldIdentifier(p);
    if (!kept.isEmpty()) tokens_.push_back({QString(), what, Match::Word, Kind::Name, kept});
  }
  add(identifiers.ids, Match::Word, Kind::Id);
  add(identifiers.organisations, Match::WholeValue, Kind::Organisation);
  add(identifiers.dates, Match::Word, Kind::Date);
}

void PhiScanner::addCorrespondence(const CorrespondenceTable& table) {
  for (const auto& e : table.entries()) {
    IdentifierSet set = identityTokens(e.identity);
    // Each component group (romaji, kanji, kana) is a whole name of its own. Parts count from
    // two Latin letters (ITO^AI) or one kanji/kana (山田^誠); a name that is one short word
    // ("Test^S R") is too weak to report on every file of every patient.
    for (const QString& group : e.identity.name.split(QLatin1Char('='), Qt::SkipEmptyParts)) {
      QStringList parts;
      for (const QString& part : splitNameAt(group, QStringLiteral("^,"))) {
        const bool ascii = isAscii(part);
        if (part.size() >= (ascii ? 2 : 1) && !isPlaceholder(part)) parts << part;
      }
      const bool single = parts.size() == 1;
      const bool strongSingle = single && (parts.first().size() >= 5 || parts.first().at(0).unicode() >= 128);
      if (parts.size() >= 2 || strongSingle) set.fullNames << parts;
    }
    set.names.clear();
    addIdentifiers(set, DeidTr::tr("an identifier of patient %1 (correspondence table)").arg(e.code));
  }
}

bool PhiScanner::matches(const FoldedText& text, const Token& token) {
  if (!token.allOf.isEmpty()) {
    for (const QString& part : token.allOf)
      if (!containsIdentifier(text, part, isAscii(part) ? IdentifierMatch::Word : IdentifierMatch::Substring)) return false;
    return true;
  }
  switch (token.match) {
    case Match::WholeValue:
      // The backslash survives the folding: it still separates a multi-valued element's values.
      for (const QString& value : text.text.split(QLatin1Char('\\')))
        if (value == token.text) return true;
      return false;
    case Match::Substring:
      return containsIdentifier(text, token.text, IdentifierMatch::Substring);
    case Match::Word:
      return containsIdentifier(text, token.text, IdentifierMatch::Word);
  }
  return false;
}

QString PhiScanner::findInText(const QString& text) const {
  const FoldedText folded = foldIdentifierText(text);
  for (const std::vector<Token>* tokens : {&tokens_, also_ ? &also_->tokens_ : nullptr}) {
    if (!tokens) continue;
    for (const Token& token : *tokens)
      if (matches(folded, token)) return token.what;
  }
  return QString();
}

Result<std::vector<PhiFinding>> PhiScanner::scanFile(const QString& path, const std::function<void(DcmFileFormat&)>& alsoRead) const {
  auto read = readDicomFile(path, ReadScope::Header);
  if (!read) return fail(read.error());
  DcmFileFormat& file = *read->file;
  if (alsoRead) alsoRead(file);

  std::vector<PhiFinding> findings;
  auto report = [&](const QString& element, const QString& reason) { findings.push_back({path, element, reason}); };
  // A dose SR's content dates and times are cleaned as the profile treats Study Date and Study
  // Time (StructuredContent.h), so they are judged by those rules.
  const bool doseSr = isRadiationDoseSr(dcm::ascii(file.getDataset(), DCM_SOPClassUID));
  auto ruleOf = [&](quint16 group, quint16 element) {
    if (doseSr && group == 0x0040 && (element == 0xA120 || element == 0xA121)) return profile_->ruleFor(0x0008, 0x0020);
    if (doseSr && group == 0x0040 && element == 0xA122) return profile_->ruleFor(0x0008, 0x0030);
    return profile_->ruleFor(group, element);
  };

  // Walk every element of every item.
  std::function<void(DcmItem*, const QString&, const CharacterSet&)> walk =
      [&](DcmItem* item, const QString& prefix, const CharacterSet& inherited) {
        const CharacterSet charset = dcm::characterSetIn(item, inherited);
        const QHash<quint32, QString> creators = dcm::privateCreators(item, charset);
        for (unsigned long i = 0; i < item->card(); ++i) {
          DcmElement* elem = item->getElement(i);
          const DcmTagKey tag = elem->getTag();
          const QString where = prefix + QString::asprintf("(%04X,%04X)", tag.getGroup(), tag.getElement());
          const DcmEVR vr = elem->ident();
          if (vr == EVR_SQ) {
            auto* seq = static_cast<DcmSequenceOfItems*>(elem);
            for (unsigned long n = 0; n < seq->card(); ++n)
              walk(seq->getItem(n), QStringLiteral("%1[%2]/").arg(where).arg(n), charset);
            continue;
          }
          const quint16 group = tag.getGroup(), element = tag.getElement();
          if (profile_) {
            if ((group & 1) && element >= 0x1000) {
              const QString creator = creators.value(dcm::privateBlock(group, element));
              if (!profile_->has(DeidOption::RetainSafePrivate) ||
                  !profile_->isSafePrivate(creator, group, quint8(element & 0xFF)))
                report(where, DeidTr::tr("private attribute that is not on the safe list"));
            }
            if ((group & 0xFF00) == 0x6000 && element == 0x3000 &&
                profile_->ruleFor(group, element).action == DeidAction::Remove)
              report(where, DeidTr::tr("overlay data the profile removes"));
          }
          // Text of the element (unknown VR read as text when it looks like text).
          QByteArray raw;
          // Bulk binary data (pixels, waveforms) is not text; small OB/UN values may be.
          const bool bulk = group == 0x7FE0 || elem->getLength() > 65536;
          if ((vr == EVR_UN || vr == EVR_OB) && !bulk) {
            Uint8* bytes = nullptr;
            if (elem->getUint8Array(bytes).good() && bytes && dcm::looksLikeText(reinterpret_cast<const char*>(bytes), elem->getLength()))
              raw = QByteArray(reinterpret_cast<const char*>(bytes), int(elem->getLength()));
          } else if (isTextVr(vr)) {
            char* value = nullptr;
            Uint32 length = 0;
            if (elem->getString(value, length).good() && value) raw = QByteArray(value, int(length));
          }
          const QString text = charset.decode(raw, vr == EVR_PN ? TextKind::PersonName : TextKind::MultiValued).trimmed();
          if (text.isEmpty()) continue;
          const FoldedText folded = foldIdentifierText(text);
          const bool keptDate = (vr == EVR_DA || vr == EVR_DT || vr == EVR_TM) && profile_ &&
                                (ruleOf(group, element).action == DeidAction::Keep ||
                                 ruleOf(group, element).action == DeidAction::ShiftDate);
          // A fixed string the profile writes holds coded attributes that are kept anyway (a
          // Series Number may equal a patient ID by chance): numbers there are not findings.
          const bool fixedString = profile_ && ruleOf(group, element).action == DeidAction::Fixed;
          auto firstMatch = [&](const std::vector<Token>& tokens) -> const Token* {
            for (const Token& token : tokens) {
              const bool isDate = token.kind == Kind::Date;
              if (vr == EVR_CS && !isDate) continue;  // coded values hold defined terms, not names
              if (isDate && keptDate) continue;       // a date the profile keeps on purpose
              if (fixedString && (isDate || token.kind == Kind::Id)) continue;
              if (matches(folded, token)) return &token;
            }
            return nullptr;
          };
          if (!isVocabulary(tag)) {
            const Token* hit = firstMatch(tokens_);
            if (!hit && also_) hit = firstMatch(also_->tokens_);
            if (hit) report(where, DeidTr::tr("contains %1").arg(hit->what));
          }
          if (!profile_ || (group & 1)) continue;
          const DeidAction action = ruleOf(group, element).action;
          if (vr == EVR_PN) {
            const bool allowed = action == DeidAction::Keep ||
                                 (action == DeidAction::PatientCode && !text.contains(QLatin1Char('^')) &&
                                  !text.contains(QLatin1Char('='))) ||
                                 text == QLatin1String("ANONYMOUS");
            if (!allowed) report(where, DeidTr::tr("person name in an attribute the profile empties or removes"));
          } else if (vr == EVR_DA || vr == EVR_DT) {
            const bool allowed = action == DeidAction::Keep || action == DeidAction::ShiftDate || isDummyDate(text);
            if (!allowed) report(where, DeidTr::tr("date in an attribute the profile empties or removes"));
          }
        }
      };
  DcmDataset* ds = file.getDataset();
  // The walk recurses per sequence level: the structure check bounds the levels.
  const Status walked = guardedCall(path, [&] {
    walk(ds, QString(), CharacterSet());
    return Status::success();
  });
  if (!walked) return fail(walked.error());
  if (profile_ && dcm::ascii(ds, DCM_PatientIdentityRemoved) != QLatin1String("YES"))
    report(QStringLiteral("(0012,0062)"), DeidTr::tr("Patient Identity Removed is not YES"));
  return findings;
}

}  // namespace rc
