#include "deid/Deidentifier.h"

#include "DeidTr.h"
#include "deid/AttributeTypes.h"
#include "deid/PhiScanner.h"
#include "StructuredContent.h"
#include "dicom/CharacterSet.h"
#include "dicom/Codecs.h"
#include "dicom/DicomFile.h"
#include "dicom/DatasetAccess.h"
#include "dicom/DicomHeader.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvrobow.h>

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <vector>

namespace rc {

namespace {

using Path = std::vector<std::uint32_t>;

std::uint32_t key(const DcmTagKey& t) { return (std::uint32_t(t.getGroup()) << 16) | t.getElement(); }

bool isTextVr(DcmEVR vr) {
  switch (vr) {
    case EVR_PN: case EVR_LO: case EVR_SH: case EVR_ST: case EVR_LT: case EVR_UT: case EVR_UC: case EVR_AE:
    case EVR_CS:
      return true;
    default:
      return false;
  }
}

// A value that says nothing about anyone, valid for the VR.
QString dummyValue(DcmEVR vr) {
  switch (vr) {
    case EVR_PN: return QStringLiteral("ANONYMOUS");
    case EVR_DA: return QStringLiteral("19000101");
    case EVR_TM: return QStringLiteral("000000");
    case EVR_DT: return QStringLiteral("19000101000000");
    case EVR_AS: return QStringLiteral("000Y");
    case EVR_IS: case EVR_DS: case EVR_US: case EVR_SS: case EVR_UL: case EVR_SL: case EVR_FL: case EVR_FD:
    case EVR_UV: case EVR_SV:
      return QStringLiteral("0");
    case EVR_CS: case EVR_AE: return QStringLiteral("ANONYMIZED");
    default: return QStringLiteral("ANONYMIZED");
  }
}

// Identity-bearing attributes beyond every PN: identifiers (matched as words) and
// organisation-like values (matched as whole values).
const QList<DcmTagKey>& identifierTags() {
  static const QList<DcmTagKey> tags = {DCM_PatientID, DCM_IssuerOfPatientID, DCM_RETIRED_OtherPatientIDs,
                                        DCM_AccessionNumber, DCM_PatientTelephoneNumbers,
                                        DCM_ReferringPhysicianTelephoneNumbers, DCM_RETIRED_MedicalRecordLocator,
                                        DCM_AdmissionID};
  return tags;
}
const QList<DcmTagKey>& organisationTags() {
  static const QList<DcmTagKey> tags = {DCM_InstitutionName, DCM_InstitutionAddress, DCM_InstitutionalDepartmentName,
                                        DCM_PatientAddress, DCM_ReferringPhysicianAddress, DCM_ResponsibleOrganization,
                                        DCM_MilitaryRank, DCM_BranchOfService};
  return tags;
}

void collectTokens(DcmItem* item, const CharacterSet& inherited, IdentifierSet& found) {
  const CharacterSet charset = dcm::characterSetIn(item, inherited);
  for (unsigned long i = 0; i < item->card(); ++i) {
    DcmElement* elem = item->getElement(i);
    if (!elem) continue;
    if (elem->ident() == EVR_SQ) {
      auto* seq = static_cast<DcmSequenceOfItems*>(elem);
      for (unsigned long n = 0; n < seq->card(); ++n) collectTokens(seq->getItem(n), charset, found);
      continue;
    }
    const DcmTagKey tag = elem->getTag();
    // Private elements often misuse PN for vendor data; names come from public attributes.
    if (elem->ident() == EVR_PN && !(tag.getGroup() & 1)) {
      found.names += namePartsOf(dcm::text(item, tag, charset, TextKind::PersonName));
    } else if (identifierTags().contains(tag)) {
      for (const QString& v : dcm::text(item, tag, charset).split(QLatin1Char('\\'), Qt::SkipEmptyParts))
        if (v.trimmed().size() >= 3) found.ids << v.trimmed();
    } else if (organisationTags().contains(tag)) {
      const QString v = dcm::text(item, tag, charset);
      if (v.size() >= 3) found.organisations << v;
    } else if (tag == DCM_PatientBirthDate) {
      found.dates += identityTokens({QString(), QString(), QString(), dcm::ascii(item, tag)}).dates;
    }
  }
}

class Walker {
public:
  Walker(const DeidContext& context, const QString& sopClassUid, const QStringList& identifiers, DeidOutcome& outcome,
         const PatientKeys& keys, DcmItem* root)
      : ctx_(context), profile_(*context.profile), sopClass_(sopClassUid), out_(outcome), keys_(keys), root_(root) {
    for (const QString& token : identifiers)
      if (const QString folded = foldIdentifier(token); !folded.isEmpty()) identifiers_ << folded;
  }

  Status process(DcmItem* item, const Path& path, const CharacterSet& inherited, bool cleaning) {
    const CharacterSet charset = dcm::characterSetIn(item, inherited);
    const QHash<quint32, QString> creators = dcm::privateCreators(item, charset);
    QHash<quint32, int> keptInBlock;
    std::vector<DcmTagKey> toRemove;

    for (unsigned long i = 0; i < item->card(); ++i) {
      DcmElement* elem = item->getElement(i);
      if (!elem) continue;
      const DcmTagKey tag = elem->getTag();
      const quint16 group = tag.getGroup(), element = tag.getElement();
      if (group == 0x0002 || element == 0x0000 || group == 0xFFFC || group == 0xFFFE) {  // meta, group lengths, padding
        toRemove.push_back(tag);
        continue;
      }
      if (group & 1) {
        if (dcm::isPrivateCreator(tag)) continue;  // creators: decided once their blocks are
        if (element < 0x0010) {  // reserved private elements carry nothing legitimate
          toRemove.push_back(tag);
          ++out_.privateRemoved;
          continue;
        }
        const quint32 block = dcm::privateBlock(group, element);
        const QString creator = creators.value(block);
        const bool keep = profile_.ruleFor(group, element).action != DeidAction::Remove &&
                          !creator.isEmpty() && profile_.isSafePrivate(creator, group, quint8(element & 0xFF));
        if (keep) {
          ++keptInBlock[block];
          ++out_.privateKept;
        } else {
          toRemove.push_back(tag);
          ++out_.privateRemoved;
        }
        continue;
      }
      if (tag == DCM_ContentSequence && elem->ident() == EVR_SQ && isRadiationDoseSr(sopClass_)) {
        const Status cleaned = cleanContent(static_cast<DcmSequenceOfItems*>(elem), path, charset);
        if (!cleaned) return cleaned;
        continue;
      }
      if (item == contentItem_ && isContentValue(tag)) continue;  // judged by cleanContentValue
      if (tag == DCM_TextValue && !path.empty() && ctx_.cleanReportText && !ctx_.alreadyDeidentified && isReportSr(sopClass_)) {
        const QString text = dcm::text(item, tag, charset);
        const QString cleaned = ctx_.cleanReportText(text, out_.originalIdentity, keys_);
        if (cleaned != text) {
          item->putAndInsertString(tag, cleaned.toUtf8().constData());  // the dataset is UTF-8 (deidentifyDataset)
          ++out_.cleaned;
        }
        continue;
      }
      const DeidRule rule = profile_.ruleFor(group, element);
      DeidAction action = resolve(rule.action, path, key(tag));
      // A public element of unknown VR that the standard tables do not name: it cannot be
      // judged, so it does not leave the hospital.
      if (elem->ident() == EVR_UN && rule.source == QLatin1String("not listed")) action = DeidAction::Remove;
      if (action == DeidAction::Keep && cleaning && isTextVr(elem->ident())) action = DeidAction::Clean;
      const Status applied = apply(item, elem, action, rule, path, charset, cleaning, toRemove);
      if (!applied) return applied;
    }
    // A private creator stays only while its block keeps an element.
    for (auto it = creators.constBegin(); it != creators.constEnd(); ++it) {
      if (keptInBlock.value(it.key()) == 0) toRemove.push_back(DcmTagKey(quint16(it.key() >> 8), quint16(it.key() & 0xFF)));
    }
    for (const DcmTagKey& t : toRemove) {
      if (item->findAndDeleteElement(t, OFFalse, OFFalse).good() && !(t.getGroup() & 1) && t.getElement() != 0) ++out_.removed;
    }
    return Status::success();
  }

private:
  // Type-dependent actions, against the attribute's type in this IOD at this depth.
  DeidAction resolve(DeidAction action, const Path& path, std::uint32_t tag) const {
    auto type = [&] { return AttributeTypes::instance().typeOf(sopClass_, path, tag); };
    switch (action) {
      case DeidAction::EmptyOrDummy: return type() == 1 ? DeidAction::Dummy : DeidAction::Empty;
      case DeidAction::RemoveOrEmpty:
      case DeidAction::RemoveOrDummy:
      case DeidAction::RemoveEmptyOrDummy: {
        const int t = type();
        return t == 1 ? DeidAction::Dummy : t == 2 ? DeidAction::Empty : DeidAction::Remove;
      }
      case DeidAction::RemoveEmptyOrUidRefs: {
        // U*: references whose UIDs are mapped already (an object made from de-identified
        // data, e.g. a SEG's source images) stay as they are.
        if (ctx_.alreadyDeidentified) return DeidAction::ReplaceUid;
        const int t = type();
        return t == 1 ? DeidAction::Dummy : t == 2 ? DeidAction::Empty : DeidAction::Remove;
      }
      default: return action;
    }
  }

  static bool isContentValue(const DcmTagKey& tag) {
    return tag == DCM_DateTime || tag == DCM_Date || tag == DCM_Time || tag == DCM_PersonName || tag == DCM_UID ||
           tag == DCM_TextValue;
  }

  // A dose SR's content tree (PS3.15 Clean Structured Content), item by item: an item whose
  // value cannot be kept goes whole, with whatever it contains; the others keep their dose
  // data and have the rest of their attributes de-identified as usual.
  Status cleanContent(DcmSequenceOfItems* seq, const Path& path, const CharacterSet& charset) {
    Path inner = path;
    inner.push_back(key(DCM_ContentSequence));
    for (long n = long(seq->card()) - 1; n >= 0; --n) {
      DcmItem* item = seq->getItem(static_cast<unsigned long>(n));
      if (!cleanContentValue(item, charset)) {
        delete seq->remove(static_cast<unsigned long>(n));
        ++out_.removed;
        continue;
      }
      DcmItem* outer = contentItem_;
      contentItem_ = item;
      const Status s = process(item, inner, charset, false);
      contentItem_ = outer;
      if (!s) return s;
    }
    return Status::success();
  }

  // Cleans the value of one content item in place; false: the item cannot be kept.
  bool cleanContentValue(DcmItem* item, const CharacterSet& charset) {
    QString scheme, code;
    DcmItem* concept = nullptr;
    if (item->findAndGetSequenceItem(DCM_ConceptNameCodeSequence, concept, 0).good() && concept) {
      scheme = dcm::ascii(concept, DCM_CodingSchemeDesignator);
      code = dcm::ascii(concept, DCM_CodeValue);
    }
    using Kind = ContentItemRule::Kind;
    const ContentItemRule rule = contentItemRule(dcm::ascii(item, DCM_ValueType), scheme, code);
    switch (rule.kind) {
      case Kind::Keep:
        return true;
      case Kind::PersonName:
        item->putAndInsertString(DCM_PersonName, dummyValue(EVR_PN).toLatin1().constData());
        ++out_.dummied;
        return true;
      case Kind::DeviceUid:
      case Kind::Uid: {
        if (rule.kind == Kind::DeviceUid && profile_.has(DeidOption::RetainDeviceIdentity)) return true;
        if (profile_.has(DeidOption::RetainUids) || ctx_.alreadyDeidentified) return true;
        DcmElement* uid = nullptr;
        if (item->findAndGetElement(DCM_UID, uid, OFFalse).good() && uid) out_.uidsReplaced += replaceUids(item, uid);
        return true;
      }
      case Kind::DateTime:
        return cleanContentDate(item);
      case Kind::LikeAttribute: {
        const DeidAction action =
            resolve(profile_.ruleFor(quint16(rule.attribute >> 16), quint16(rule.attribute & 0xFFFF)).action, {}, rule.attribute);
        if (action != DeidAction::Keep && action != DeidAction::Clean) return false;
        ++out_.cleaned;
        return !containsIdentifier(dcm::text(item, DCM_TextValue, charset));
      }
      case Kind::Remove:
        return false;
    }
    return false;
  }

  // Dates as the profile treats Study Date (kept, shifted by the patient's offset, or a dummy),
  // times of day as it treats Study Time (kept, or midnight).
  bool cleanContentDate(DcmItem* item) {
    const DeidAction dateAction = resolve(profile_.ruleFor(0x0008, 0x0020).action, {}, 0x00080020);
    const bool keepTime = ctx_.alreadyDeidentified || resolve(profile_.ruleFor(0x0008, 0x0030).action, {}, 0x00080030) == DeidAction::Keep;
    auto cleanDate = [&](const QString& date) -> QString {
      if (dateAction == DeidAction::Keep || ctx_.alreadyDeidentified) return date;
      if (dateAction != DeidAction::ShiftDate) return dummyValue(EVR_DA);
      const QDate parsed = QDate::fromString(date, QStringLiteral("yyyyMMdd"));
      if (!parsed.isValid()) return QString();
      ++out_.datesShifted;
      return parsed.addDays(keys_.dateOffsetDays).toString(QStringLiteral("yyyyMMdd"));
    };
    const QString type = dcm::ascii(item, DCM_ValueType);
    if (type == QLatin1String("TIME")) {
      if (!keepTime) item->putAndInsertString(DCM_Time, dummyValue(EVR_TM).toLatin1().constData());
      return true;
    }
    const DcmTagKey tag = type == QLatin1String("DATE") ? DCM_Date : DCM_DateTime;
    const QString value = dcm::ascii(item, tag);
    const QString date = cleanDate(value.left(8));
    if (date.isEmpty()) return false;  // an unreadable date that had to be shifted is not kept
    QString cleaned = date;
    if (tag == DCM_DateTime && value.size() > 8) cleaned += keepTime ? value.mid(8) : dummyValue(EVR_TM);
    item->putAndInsertString(tag, cleaned.toLatin1().constData());
    return true;
  }

  // Anywhere in the value, in any form it was written in (full-width, other separators, ...).
  bool containsIdentifier(const QString& text) const {
    const FoldedText folded = foldIdentifierText(text);
    for (const QString& token : identifiers_)
      if (rc::containsIdentifier(folded, token, IdentifierMatch::Substring)) return true;
    return false;
  }

  QString expandFixed(const QString& pattern) const {
    QString value = pattern;
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z]+)\\}"));
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
      const auto m = it.next();
      // Only coded, non-identifying attributes may fill a fixed string.
      static const QHash<QString, DcmTagKey> allowed = {{QStringLiteral("Modality"), DCM_Modality},
                                                        {QStringLiteral("BodyPartExamined"), DCM_BodyPartExamined},
                                                        {QStringLiteral("SeriesNumber"), DCM_SeriesNumber}};
      const auto tag = allowed.constFind(m.captured(1));
      const QString filled = tag == allowed.constEnd() ? QString() : dcm::ascii(root_, *tag);
      value.replace(m.captured(0), filled);
    }
    return value.simplified().left(64);
  }

  // Every UID of the element through the store's keyed mapping; returns how many.
  int replaceUids(DcmItem* item, DcmElement* elem) const {
    QStringList mapped;
    for (const QString& uid : dcm::ascii(item, elem->getTag()).split(QLatin1Char('\\'), Qt::SkipEmptyParts))
      mapped << mapUid(ctx_.uidSecret, uid);
    elem->putString(mapped.join(QLatin1Char('\\')).toLatin1().constData());
    return int(mapped.size());
  }

  Status apply(DcmItem* item, DcmElement* elem, DeidAction action, const DeidRule& rule, const Path& path,
               const CharacterSet& charset, bool cleaning, std::vector<DcmTagKey>& toRemove) {
    const DcmTagKey tag = elem->getTag();
    const DcmEVR vr = elem->ident();
    if (vr == EVR_SQ) {
      auto* seq = static_cast<DcmSequenceOfItems*>(elem);
      switch (action) {
        case DeidAction::Remove:
          toRemove.push_back(tag);
          return Status::success();
        case DeidAction::Empty:
          while (seq->card() > 0) delete seq->remove(0UL);
          ++out_.emptied;
          return Status::success();
        default: {
          // Keep/Dummy/Clean/U: the sequence stays and every item is de-identified in turn.
          if (action == DeidAction::Dummy) ++out_.dummied;
          Path inner = path;
          inner.push_back(key(tag));
          const bool innerCleaning = cleaning || action == DeidAction::Clean;
          for (unsigned long n = 0; n < seq->card(); ++n) {
            const Status s = process(seq->getItem(n), inner, charset, innerCleaning);
            if (!s) return s;
          }
          return Status::success();
        }
      }
    }
    switch (action) {
      case DeidAction::Keep:
        return Status::success();
      case DeidAction::Remove:
        toRemove.push_back(tag);
        return Status::success();
      case DeidAction::Empty:
        item->insertEmptyElement(DcmTag(tag, DcmVR(vr)), OFTrue);
        ++out_.emptied;
        return Status::success();
      case DeidAction::Dummy: {
        ++out_.dummied;
        if (vr == EVR_OB || vr == EVR_OW || vr == EVR_UN || vr == EVR_OF || vr == EVR_OD || vr == EVR_OL) {
          // Same length, all zero: nothing left to read, Type 1 still satisfied.
          const Uint32 length = elem->getLength();
          std::vector<Uint8> zeros(length, 0);
          if (vr == EVR_OW) elem->putUint16Array(reinterpret_cast<Uint16*>(zeros.data()), length / 2);
          else elem->putUint8Array(zeros.data(), length);
          return Status::success();
        }
        if (vr == EVR_UI) {
          if (!ctx_.alreadyDeidentified) replaceUids(item, elem);
          return Status::success();
        }
        elem->putString(dummyValue(vr).toLatin1().constData());
        return Status::success();
      }
      case DeidAction::ReplaceUid: {
        if (profile_.has(DeidOption::RetainUids) || ctx_.alreadyDeidentified) return Status::success();
        out_.uidsReplaced += replaceUids(item, elem);
        return Status::success();
      }
      case DeidAction::ShiftDate: {
        if (vr != EVR_DA && vr != EVR_DT) return Status::success();  // times keep their value
        if (ctx_.alreadyDeidentified) return Status::success();      // shifted when the source came in
        QStringList shifted;
        for (const QString& value : dcm::ascii(item, tag).split(QLatin1Char('\\'))) {
          const QDate date = QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd"));
          if (!date.isValid()) {
            shifted.clear();
            break;
          }
          shifted << date.addDays(keys_.dateOffsetDays).toString(QStringLiteral("yyyyMMdd")) + value.mid(8);
        }
        if (shifted.isEmpty()) {
          item->insertEmptyElement(DcmTag(tag, DcmVR(vr)), OFTrue);  // unreadable date: not kept
          ++out_.emptied;
        } else {
          elem->putString(shifted.join(QLatin1Char('\\')).toLatin1().constData());
          ++out_.datesShifted;
        }
        return Status::success();
      }
      case DeidAction::Clean: {
        // Clean: keep a value only when none of the identifying strings of this file (or the
        // patient's known identifiers) occurs in it. Binary and graphic data cannot be
        // checked, so they go.
        ++out_.cleaned;
        if (!isTextVr(vr) && vr != EVR_DA && vr != EVR_DT && vr != EVR_TM && vr != EVR_IS && vr != EVR_DS) {
          toRemove.push_back(tag);
          return Status::success();
        }
        const QString text = dcm::text(item, tag, charset, vr == EVR_PN ? TextKind::PersonName : TextKind::MultiValued);
        if (vr == EVR_PN || containsIdentifier(text)) item->insertEmptyElement(DcmTag(tag, DcmVR(vr)), OFTrue);
        return Status::success();
      }
      case DeidAction::PatientCode:
        if (!ctx_.alreadyDeidentified) elem->putString(keys_.code.toLatin1().constData());
        return Status::success();
      case DeidAction::Fixed:
        if (!ctx_.alreadyDeidentified) elem->putString(expandFixed(rule.fixedValue).toLatin1().constData());
        return Status::success();
      default:
        return fail(DeidTr::tr("internal: unresolved action %1 for %2").arg(actionCode(action), dcm::tagLabel(tag)));
    }
  }

  const DeidContext& ctx_;
  const DeidProfile& profile_;
  QString sopClass_;
  QStringList identifiers_;  // folded (foldIdentifier)
  DeidOutcome& out_;
  PatientKeys keys_;
  DcmItem* root_;
  DcmItem* contentItem_ = nullptr;  // the dose SR content item being processed
};

void setMethodAttributes(DcmDataset* ds, const DeidProfile& profile) {
  ds->putAndInsertString(DCM_PatientIdentityRemoved, "YES");
  ds->putAndInsertString(DCM_DeidentificationMethod, profile.methodDescription().toLatin1().constData());
  ds->findAndDeleteElement(DCM_DeidentificationMethodCodeSequence);
  auto codes = profile.methodCodes();
  // A dose SR's content was cleaned, not removed: say so, as the option's code does.
  if (isRadiationDoseSr(dcm::ascii(ds, DCM_SOPClassUID)) && !profile.has(DeidOption::CleanStructuredContent))
    codes.emplace_back(QLatin1String(infoOf(DeidOption::CleanStructuredContent).codeValue),
                       QLatin1String(infoOf(DeidOption::CleanStructuredContent).codeMeaning));
  for (const auto& [value, meaning] : codes) {
    DcmItem* code = nullptr;
    if (ds->findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, code, -2).bad() || !code) continue;
    code->putAndInsertString(DCM_CodeValue, value.toLatin1().constData());
    code->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
    code->putAndInsertString(DCM_CodeMeaning, meaning.toLatin1().constData());
  }
  if (profile.has(DeidOption::RetainLongitudinalFullDates))
    ds->putAndInsertString(DCM_LongitudinalTemporalInformationModified, "UNMODIFIED");
  else if (profile.has(DeidOption::RetainLongitudinalModifiedDates))
    ds->putAndInsertString(DCM_LongitudinalTemporalInformationModified, "MODIFIED");
}

}  // namespace

PatientIdentity readPatientIdentity(DcmItem* dataset) {
  const CharacterSet charset(dcm::rawValue(dataset, DCM_SpecificCharacterSet));
  return {dcm::text(dataset, DCM_PatientID, charset), dcm::text(dataset, DCM_IssuerOfPatientID, charset),
          dcm::text(dataset, DCM_PatientName, charset, TextKind::PersonName), dcm::ascii(dataset, DCM_PatientBirthDate)};
}

IdentifierSet collectIdentifierTokens(DcmItem* dataset) {
  IdentifierSet found;
  collectTokens(dataset, CharacterSet(), found);
  found.append({});  // removes duplicates
  return found;
}

bool isReportSr(const QString& sopClassUid) {
  return sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.88.11") || sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.88.22") ||
         sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.88.33");
}

Result<DeidOutcome> deidentifyDataset(DcmDataset* ds, const DeidContext& context) {
  if (!context.profile) return fail(DeidTr::tr("no de-identification profile"));
  // A report's cleaned text may need characters its character set lacks (the placeholders).
  if (context.cleanReportText && !context.alreadyDeidentified && isReportSr(dcm::ascii(ds, DCM_SOPClassUID)))
    if (const OFCondition converted = ds->convertToUTF8(); converted.bad())
      return fail(DeidTr::tr("refused: the report's text cannot be converted to UTF-8 for cleaning: %1").arg(dcm::conditionText(converted)));
  if (!context.profile->has(DeidOption::RetainUids) && !context.alreadyDeidentified && context.uidSecret.size() < 16)
    return fail(DeidTr::tr("no key for the UID mapping"));
  DeidOutcome outcome;
  outcome.originalIdentity = readPatientIdentity(ds);
  outcome.originalSopInstanceUid = dcm::ascii(ds, DCM_SOPInstanceUID);
  PatientKeys keys;
  if (context.resolvePatient) {
    auto resolved = context.resolvePatient(outcome.originalIdentity);
    if (!resolved) return fail(resolved.error());
    keys = resolved.value();
  }
  if (context.alreadyDeidentified) keys.code = outcome.originalIdentity.patientId;  // the code is in place
  if (context.profile->issuesPatientCodes() && keys.code.isEmpty())
    return fail(DeidTr::tr("the %1 profile needs a patient code, and none was issued").arg(context.profile->name()));
  outcome.patientCode = keys.code;
  outcome.identifiers = collectIdentifierTokens(ds);
  outcome.identifiers.names += context.extraIdentifiers;
  outcome.identifiers.removeValue(keys.code);
  outcome.identifiers.append({});

  Walker walker(context, dcm::ascii(ds, DCM_SOPClassUID), outcome.identifiers.all(), outcome, keys, ds);
  const Status walked = walker.process(ds, {}, CharacterSet(), false);
  if (!walked) return fail(walked.error());
  // The code is the file's identity from now on: where the profile writes it, a file that
  // had no Patient's Name or ID gets one (the store files every instance by the code in it).
  if (!context.alreadyDeidentified && !keys.code.isEmpty()) {
    for (const DcmTagKey& tag : {DCM_PatientName, DCM_PatientID})
      if (context.profile->ruleFor(tag.getGroup(), tag.getElement()).action == DeidAction::PatientCode && !ds->tagExists(tag))
        ds->putAndInsertString(tag, keys.code.toLatin1().constData());
  }
  setMethodAttributes(ds, *context.profile);
  outcome.sopInstanceUid = dcm::ascii(ds, DCM_SOPInstanceUID);
  return outcome;
}

void prepareDeidentifier() { (void)AttributeTypes::instance(); }

Result<DeidOutcome> deidentifyFile(const QString& input, const QString& output, const DeidContext& context) {
  // Read everything: a file that cannot be fully parsed is refused, never written half-cleaned.
  auto read = readDicomFile(input, ReadScope::Everything);
  if (!read) return fail(read.error());
  DcmFileFormat& file = *read->file;
  DcmDataset* ds = file.getDataset();
  if (dcm::ascii(ds, DCM_SOPClassUID) == QLatin1String("1.2.840.10008.1.3.10") ||
      dcm::ascii(file.getMetaInfo(), DCM_MediaStorageSOPClassUID) == QLatin1String("1.2.840.10008.1.3.10"))
    return fail(DeidTr::tr("%1: refused: a DICOMDIR lists patients; make a new one for the de-identified files").arg(input));
  if (dcm::ascii(ds, DCM_SOPClassUID) == QLatin1String("1.2.840.10008.5.1.4.1.1.104.1"))
    return fail(DeidTr::tr("%1: refused: an encapsulated PDF report's text cannot be de-identified reliably; import the report as "
                           "text (radcurator-cli reports import, CSV or HL7)")
                    .arg(input));
  const E_TransferSyntax xfer = ds->getOriginalXfer();
  const QString metaTs = dcm::ascii(file.getMetaInfo(), DCM_TransferSyntaxUID);
  const bool unknownTs = !metaTs.isEmpty() && DcmXfer(metaTs.toLatin1().constData()).getXfer() == EXS_Unknown;
  if (unknownTs || (xfer != EXS_Unknown && !ds->canWriteXfer(xfer, xfer)))
    return fail(DeidTr::tr("%1: refused: cannot be written back in its transfer syntax %2").arg(input, transferSyntaxName(metaTs)));
  Result<DeidOutcome> outcome = fail(QString());
  const Status walked = guardedCall(input, [&] {
    outcome = deidentifyDataset(ds, context);
    return Status::success();
  });
  if (!walked) return fail(walked.error());
  if (!outcome) return fail(QStringLiteral("%1: %2").arg(input, outcome.error()));

  // A fresh meta header (the old one may name the sending station); same transfer syntax,
  // so pixel data is written byte for byte as it was read.
  file.getMetaInfo()->clear();
  QString* hash = context.hashOutput ? &outcome->outputSha256 : nullptr;
  if (const Status saved = saveDicomFile(file, output, xfer == EXS_Unknown ? EXS_LittleEndianExplicit : xfer, hash); !saved)
    return fail(saved.error());
  return outcome;
}

Result<DeidOutcome> deidentifyFileChecked(const QString& input, const QString& output, const DeidContext& context,
                                          const std::function<void(DcmFileFormat&)>& readOutput) {
  auto outcome = deidentifyFile(input, output, context);
  if (!outcome) return outcome;
  PhiScanner scanner(context.profile);
  scanner.addIdentifiers(outcome->identifiers, DeidTr::tr("an identifier of the original file"));
  // (An object made from de-identified data has the patient code as its "identity".)
  if (!context.alreadyDeidentified)
    scanner.addIdentifiers(identityTokens(outcome->originalIdentity), DeidTr::tr("the patient's identity"));
  scanner.alsoMatch(context.knownPatients);
  const auto findings = scanner.scanFile(output, readOutput);
  if (!findings || !findings->empty()) {
    QFile::remove(output);
    if (!findings) return fail(findings.error());
    return fail(DeidTr::tr("%1: refused: residual PHI after de-identification in %2: %3")
                    .arg(input, findings->front().element, findings->front().reason));
  }
  return outcome;
}

ExportPass::ExportPass(const DeidProfile& profile, const CorrespondenceTable& table) {
  knownPatients.addCorrespondence(table);
  context.profile = &profile;
  context.alreadyDeidentified = true;
  context.knownPatients = &knownPatients;
  context.hashOutput = true;  // every object that leaves is listed with its hash
}

}  // namespace rc
