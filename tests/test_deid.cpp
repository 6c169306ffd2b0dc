// deid: the engine against every row of PS3.15 Table E.1-1 (basic profile, each option, the
// site profile), at top level and nested; private tags, overlays, curves; sequences at every
// depth; attribute types; UID consistency; untouched pixel data; refusal of unreadable files;
// the correspondence table; the residual-PHI scanner; burned-in text.

#include "TestSupport.h"
#include "deid/AttributeTypes.h"
#include "deid/BurnedIn.h"
#include "deid/CorrespondenceTable.h"
#include "deid/Deidentifier.h"
#include "deid/PhiScanner.h"
#include "deid/Profile.h"
#include "dicom/CharacterSet.h"
#include "dicom/DatasetAccess.h"
#include "dicom/Uid.h"
#include "dicom/VolumeLoader.h"
#include "phantom/ChestPhantom.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvrobow.h>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace rc;

namespace {

const QByteArray kSecret = QByteArray(32, '\x5a');
const QString kCode = QStringLiteral("RC-000042");
const QString kPass = QStringLiteral("test-passphrase-1234");
constexpr int kOffsetDays = -100;

std::uint32_t parseTag(const QString& text) {
  static const QRegularExpression re(QStringLiteral("^\\(([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\\)$"));
  const auto m = re.match(text);
  return m.hasMatch() ? (m.captured(1).toUInt(nullptr, 16) << 16) | m.captured(2).toUInt(nullptr, 16) : 0;
}

DcmTagKey keyOf(std::uint32_t t) { return DcmTagKey(quint16(t >> 16), quint16(t & 0xFFFF)); }

// VRs of tags DCMTK 3.6.7 does not know, from the shared data dictionary (2024b).
QHash<std::uint32_t, QString> dictionaryVrs() {
  QHash<std::uint32_t, QString> vrs;
  QFile file(test::samplePath(QStringLiteral("dicom-standard/attributes.json")));
  if (!file.open(QIODevice::ReadOnly)) return vrs;
  for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).array()) {
    const QJsonObject o = v.toObject();
    const QString vr = o.value(QStringLiteral("valueRepresentation")).toString().left(2);
    if (const auto t = parseTag(o.value(QStringLiteral("tag")).toString())) vrs.insert(t, vr);
  }
  return vrs;
}

// A value that names its tag, so that any trace of it in the output can be found.
QString markerFor(std::uint32_t tag, DcmEVR vr) {
  const QString hex = QString::asprintf("%08X", tag);
  switch (vr) {
    case EVR_PN: return QStringLiteral("FAM%1^GIV%1").arg(hex);
    case EVR_DA: return QStringLiteral("20010203");
    case EVR_DT: return QStringLiteral("20010203040506");
    case EVR_TM: return QStringLiteral("040506");
    case EVR_UI: return QStringLiteral("1.2.826.0.1.3680043.9.7777.%1").arg(tag);
    case EVR_IS: case EVR_US: case EVR_SS: case EVR_UL: case EVR_SL: case EVR_UV: case EVR_SV: return QStringLiteral("7");
    case EVR_DS: case EVR_FL: case EVR_FD: return QStringLiteral("7.5");
    case EVR_AS: return QStringLiteral("042Y");
    case EVR_AE: return QStringLiteral("AE%1").arg(hex);
    case EVR_CS: return QStringLiteral("CS%1").arg(hex);
    default: return QStringLiteral("V%1").arg(hex);
  }
}

bool isTextual(DcmEVR vr) {
  switch (vr) {
    case EVR_PN: case EVR_LO: case EVR_SH: case EVR_ST: case EVR_LT: case EVR_UT: case EVR_UC: case EVR_AE: case EVR_CS:
    case EVR_UR:
      return true;
    default:
      return false;
  }
}

struct Planted {
  std::uint32_t tag;
  DcmEVR vr;
  QString value;
};

// Puts every concrete tag of the table into `item` with a marker value; sequences get an item
// with a person name and a referenced UID of their own.
void plantAll(DcmItem* item, const std::vector<Planted>& planted) {
  for (const Planted& p : planted) {
    const DcmTag tag(keyOf(p.tag), DcmVR(p.vr));
    if (p.vr == EVR_SQ) {
      DcmItem* inner = nullptr;
      item->findOrCreateSequenceItem(tag, inner, -2);
      if (inner) {
        inner->putAndInsertString(DCM_PersonName, QStringLiteral("SEQ%1^PERSON").arg(p.tag, 8, 16, QLatin1Char('0')).toLatin1().constData());
        inner->putAndInsertString(DCM_ReferencedSOPInstanceUID, QStringLiteral("1.2.826.0.1.3680043.9.7778.%1").arg(p.tag).toLatin1().constData());
      }
      continue;
    }
    // insertEmptyElement honours the VR for tags DCMTK's dictionary lacks (newDicomElement
    // does not), so every planted element is written with its 2024b VR; UN is built directly.
    DcmElement* elem = nullptr;
    if (p.vr == EVR_UN) {
      elem = new DcmOtherByteOtherWord(tag);
      if (item->insert(elem, OFTrue).bad()) {
        delete elem;
        continue;
      }
    } else if (item->insertEmptyElement(tag, OFTrue).bad() || item->findAndGetElement(tag, elem, OFFalse).bad() || !elem) {
      continue;
    }
    if (p.vr == EVR_OB || p.vr == EVR_OW || p.vr == EVR_UN || p.vr == EVR_OF || p.vr == EVR_OD || p.vr == EVR_OL ||
        p.vr == EVR_OV) {
      const QByteArray bytes = QStringLiteral("OB%1").arg(p.tag, 8, 16, QLatin1Char('0')).toLatin1();
      elem->putUint8Array(reinterpret_cast<const Uint8*>(bytes.constData()), Uint32(bytes.size()));
    } else if (p.vr == EVR_AT) {
      elem->putTagVal(DcmTagKey(0x0010, 0x0010));
    } else {
      elem->putString(p.value.toLatin1().constData());
    }
  }
}

// The action a row should get under a set of options: the basic action, overridden by the
// options present (clean beats keep when they disagree), as PS3.15 E.1-1 lists it.
QString expectedAction(const DeidProfile::TableRow& row, const std::set<DeidOption>& options) {
  QString action = row.actions.value(QStringLiteral("basicProfile"));
  QString fromOptions;
  for (DeidOption o : options) {
    const QString a = row.actions.value(QLatin1String(infoOf(o).tableKey));
    if (a.isEmpty()) continue;
    const QString resolved = (a == QLatin1String("C") && o == DeidOption::RetainLongitudinalModifiedDates) ? QStringLiteral("shift") : a;
    auto rank = [](const QString& x) { return x == QLatin1String("K") ? 0 : x == QLatin1String("shift") ? 1 : 2; };
    if (fromOptions.isEmpty() || rank(resolved) > rank(fromOptions)) fromOptions = resolved;
  }
  return fromOptions.isEmpty() ? action : fromOptions;
}

QByteArray fileBytes(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

DeidContext contextFor(const DeidProfile& profile) {
  DeidContext c;
  c.profile = &profile;
  c.uidSecret = kSecret;
  c.resolvePatient = [](const PatientIdentity&) -> Result<PatientKeys> { return PatientKeys{kCode, kOffsetDays}; };
  return c;
}

}  // namespace

class TestDeid : public QObject {
  Q_OBJECT
private:
  QTemporaryDir dir_;
  QString allAttributesFile_;
  std::vector<Planted> planted_;
  const std::uint32_t kContainer = 0x00082218;  // Anatomic Region Sequence: not in Table E.1-1

private slots:
  void initTestCase() {
    QVERIFY2(AttributeTypes::instance().isLoaded(), qPrintable(AttributeTypes::instance().error()));
    QVERIFY(DeidProfile::standardTable().size() >= 600);
    // A CT file that carries every concrete attribute of Table E.1-1, at top level and again
    // inside an item of a sequence the table does not name.
    const auto vrs = dictionaryVrs();
    for (const auto& row : DeidProfile::standardTable()) {
      const std::uint32_t tag = parseTag(row.tag);
      const quint16 group = quint16(tag >> 16);
      if (!tag || group == 0x0000 || group == 0x0002 || group == 0x0004) continue;  // command, meta, DICOMDIR
      DcmEVR vr = DcmTag(keyOf(tag)).getEVR();
      if ((vr == EVR_UNKNOWN || vr == EVR_UN || vr == EVR_ox || vr == EVR_xs || vr == EVR_lt || vr == EVR_up) &&
          vrs.contains(tag))
        vr = DcmVR(vrs.value(tag).toLatin1().constData()).getEVR();
      if (vr == EVR_ox || vr == EVR_px) vr = EVR_OB;
      if (vr == EVR_xs || vr == EVR_lt) vr = EVR_US;
      if (vr == EVR_UNKNOWN || vr == EVR_UNKNOWN2B || vr == EVR_na) continue;
      planted_.push_back({tag, vr, markerFor(tag, vr)});
    }
    QVERIFY2(planted_.size() > 550, qPrintable(QString::number(planted_.size())));

    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    plantAll(ds, planted_);
    DcmItem* container = nullptr;
    ds->findOrCreateSequenceItem(keyOf(kContainer), container, -2);
    plantAll(container, planted_);
    ds->putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
    ds->putAndInsertString(DCM_Modality, "CT");
    ds->putAndInsertString(DCM_BodyPartExamined, "CHEST");
    ds->putAndInsertString(DCM_SeriesNumber, "3");
    allAttributesFile_ = dir_.filePath(QStringLiteral("all-attributes.dcm"));
    QVERIFY(file.saveFile(OFFilename(QFile::encodeName(allAttributesFile_).constData()), EXS_LittleEndianExplicit).good());
    // Judge only what really is in the input, at both places.
    DcmFileFormat reread;
    QVERIFY(reread.loadFile(OFFilename(QFile::encodeName(allAttributesFile_).constData())).good());
    DcmItem* nested = dcm::sequenceItem(reread.getDataset(), keyOf(kContainer));
    QVERIFY(nested);
    const size_t before = planted_.size();
    planted_.erase(std::remove_if(planted_.begin(), planted_.end(),
                                  [&](const Planted& p) {
                                    return !reread.getDataset()->tagExists(keyOf(p.tag)) || !nested->tagExists(keyOf(p.tag));
                                  }),
                   planted_.end());
    qInfo("%d of %d attributes of Table E.1-1 planted at top level and nested", int(planted_.size()), int(before));
    QVERIFY(planted_.size() + 5 >= before);
  }

  void shippedTableMatchesTheStandardData() {
    const QString source = QStringLiteral("dicom-standard/confidentiality_profile_attributes.json");
    RC_REQUIRE_SAMPLE(source);
    QFile f(test::samplePath(source));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(f.readAll()).array();
    QHash<QString, const DeidProfile::TableRow*> shipped;
    for (const auto& row : DeidProfile::standardTable()) shipped.insert(row.tag, &row);
    QCOMPARE(int(shipped.size()), int(rows.size()));
    for (const QJsonValue& v : rows) {
      const QJsonObject o = v.toObject();
      const auto* row = shipped.value(o.value(QStringLiteral("tag")).toString());
      QVERIFY2(row, qPrintable(o.value(QStringLiteral("tag")).toString()));
      for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("tag") || it.key() == QLatin1String("name") || it.key() == QLatin1String("id") ||
            it.key() == QLatin1String("stdCompIOD"))
          continue;
        QCOMPARE(row->actions.value(it.key()), it.value().toString());
      }
    }
  }

  void everyRowOfTableE1_data() {
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("option");
    QTest::newRow("basic") << QStringLiteral("basic") << QString();
    for (const auto& info : deidOptionInfos())
      QTest::newRow(info.cliName) << QStringLiteral("basic") << QString::fromLatin1(info.cliName);
    QTest::newRow("site") << QStringLiteral("site") << QString();
  }
  void everyRowOfTableE1() {
    QFETCH(QString, profile);
    QFETCH(QString, option);
    std::set<DeidOption> options;
    if (!option.isEmpty()) options.insert(*deidOptionFromName(option));
    const auto p = DeidProfile::named(profile, options);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    const QString out = dir_.filePath(QStringLiteral("out-%1-%2.dcm").arg(profile, option));
    const auto outcome = deidentifyFile(allAttributesFile_, out, contextFor(p.value()));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));

    const QByteArray outputBytes = fileBytes(out);
    DcmFileFormat file;
    QVERIFY(file.loadFile(OFFilename(QFile::encodeName(out).constData())).good());
    DcmDataset* ds = file.getDataset();
    DcmItem* container = dcm::sequenceItem(ds, keyOf(kContainer));
    QVERIFY2(container, "the container sequence (not in the table) must be kept");
    // The engine's own additions are exempt from the row check.
    const QSet<std::uint32_t> overwritten = {0x00120062, 0x00120063, 0x00120064, 0x00280303};
    const auto& types = AttributeTypes::instance();
    int checked = 0;
    for (const Planted& planted : planted_) {
      if (overwritten.contains(planted.tag)) continue;
      const auto row = std::find_if(DeidProfile::standardTable().begin(), DeidProfile::standardTable().end(),
                                    [&](const auto& r) { return parseTag(r.tag) == planted.tag; });
      QVERIFY(row != DeidProfile::standardTable().end());
      QString action = expectedAction(*row, p->options());
      const DeidRule siteRule = p->ruleFor(quint16(planted.tag >> 16), quint16(planted.tag & 0xFFFF));
      if (siteRule.source == QLatin1String("site")) action = actionCode(siteRule.action);  // the site table wins
      if (action == QLatin1String("delete")) action = QStringLiteral("X/Z/D");

      for (const bool nested : {false, true}) {
        DcmItem* where = nested ? container : ds;
        const std::vector<std::uint32_t> path = nested ? std::vector<std::uint32_t>{kContainer} : std::vector<std::uint32_t>{};
        const DcmTagKey key = keyOf(planted.tag);
        DcmElement* elem = nullptr;
        const bool present = where->findAndGetElement(key, elem, OFFalse).good() && elem;
        const QString label = QStringLiteral("%1 %2 (%3) %4: action %5")
                                  .arg(row->tag, row->name, nested ? QStringLiteral("nested") : QStringLiteral("top"),
                                       profile + QLatin1Char(' ') + option, action);
        const bool isSequence = planted.vr == EVR_SQ;
        const QString value = present && !isSequence ? dcm::ascii(where, key) : QString();
        const bool empty = present && (isSequence ? static_cast<DcmSequenceOfItems*>(elem)->card() == 0 : elem->getLength() == 0);

        // Type-dependent actions resolve against the attribute's type here.
        const int type = types.typeOf(QStringLiteral(UID_CTImageStorage), path, planted.tag);
        QString effective = action;
        if (action == QLatin1String("Z/D")) effective = type == 1 ? QStringLiteral("D") : QStringLiteral("Z");
        else if (action == QLatin1String("X/Z") || action == QLatin1String("X/D") || action == QLatin1String("X/Z/D") ||
                 action == QLatin1String("X/Z/U*"))
          effective = type == 1 ? QStringLiteral("D") : type == 2 ? QStringLiteral("Z") : QStringLiteral("X");
        if (isSequence && effective == QLatin1String("U")) effective = QStringLiteral("D");

        if (effective == QLatin1String("K")) {
          QVERIFY2(present, qPrintable(label + QStringLiteral(": kept attribute missing")));
          if (!isSequence && isTextual(planted.vr)) QVERIFY2(value == planted.value, qPrintable(label));
        } else if (effective == QLatin1String("X")) {
          QVERIFY2(!present, qPrintable(label + QStringLiteral(": still present")));
        } else if (effective == QLatin1String("Z")) {
          QVERIFY2(present && empty, qPrintable(label + QStringLiteral(": not present and empty")));
        } else if (effective == QLatin1String("D")) {
          QVERIFY2(present, qPrintable(label + QStringLiteral(": dummy missing")));
          if (!isSequence) QVERIFY2(!empty && value != planted.value, qPrintable(label + QStringLiteral(": not a dummy value")));
        } else if (effective == QLatin1String("U")) {
          const QString expected = p->has(DeidOption::RetainUids) ? planted.value : mapUid(kSecret, planted.value);
          QVERIFY2(present && value == expected, qPrintable(label + QStringLiteral(": UID not mapped")));
        } else if (effective == QLatin1String("C")) {
          // Clean: the value stays only if it holds no identifier; never replaced by other data.
          QVERIFY2(!present || empty || value == planted.value || isSequence || !isTextual(planted.vr), qPrintable(label));
        } else if (effective == QLatin1String("shift")) {
          if (planted.vr == EVR_DA)
            QVERIFY2(value == QDate(2001, 2, 3).addDays(kOffsetDays).toString(QStringLiteral("yyyyMMdd")),
                     qPrintable(label + QStringLiteral(": '%1'").arg(value)));
          if (planted.vr == EVR_DT) QVERIFY2(value.startsWith(QDate(2001, 2, 3).addDays(kOffsetDays).toString(QStringLiteral("yyyyMMdd"))), qPrintable(label));
        } else if (effective == QLatin1String("code")) {
          QCOMPARE(value, kCode);
        } else if (effective == QLatin1String("fixed")) {
          QVERIFY2(present && !value.isEmpty() && !value.contains(QString::asprintf("%08X", planted.tag)), qPrintable(label));
        } else {
          QFAIL(qPrintable(label + QStringLiteral(": unexpected action")));
        }
        // Whatever the action, a value that was not kept leaves no trace anywhere in the file.
        // Under "modified dates" only whole days move: times and time zone offsets stay.
        const bool keptValue = effective == QLatin1String("K") || effective == QLatin1String("C") ||
                               (effective == QLatin1String("U") && p->has(DeidOption::RetainUids)) ||
                               (effective == QLatin1String("shift") && planted.vr != EVR_DA && planted.vr != EVR_DT);
        if (!keptValue && !isSequence && planted.value.size() >= 8 && planted.vr != EVR_DA && planted.vr != EVR_DT)
          QVERIFY2(!outputBytes.contains(planted.value.toLatin1()), qPrintable(label + QStringLiteral(": value left in the file")));
        ++checked;
      }
    }
    QVERIFY(checked > 1000);
    // The method attributes say what was done.
    QCOMPARE(dcm::ascii(ds, DCM_PatientIdentityRemoved), QStringLiteral("YES"));
    const unsigned long codes = dcm::sequenceLength(ds, DCM_DeidentificationMethodCodeSequence);
    QCOMPARE(int(codes), int(p->methodCodes().size()));
    QCOMPARE(dcm::ascii(dcm::sequenceItem(ds, DCM_DeidentificationMethodCodeSequence, 0), DCM_CodeValue), QStringLiteral("113100"));
  }

  void attributeTypesFollowPs33() {
    const auto& t = AttributeTypes::instance();
    const QString ct = QStringLiteral(UID_CTImageStorage);
    const QString sr = QStringLiteral(UID_ComprehensiveSRStorage);
    const QString enhancedCt = QStringLiteral(UID_EnhancedCTImageStorage);
    QCOMPARE(t.typeOf(ct, {}, 0x00080050), 2);  // Accession Number: General Study, Type 2
    QCOMPARE(t.typeOf(ct, {}, 0x00100020), 2);  // Patient ID: Patient module, Type 2
    QCOMPARE(t.typeOf(ct, {}, 0x00080023), 2);  // Content Date: General Image, Type 2C
    QCOMPARE(t.typeOf(sr, {}, 0x00080023), 1);  // Content Date: SR Document General, Type 1
    QCOMPARE(t.typeOf(enhancedCt, {}, 0x00080023), 1);  // Enhanced: Type 1
    QCOMPARE(t.typeOf(ct, {}, 0x00080080), 3);  // Institution Name: General Equipment, Type 3
    QCOMPARE(t.typeOf(enhancedCt, {}, 0x00181000), 1);  // Device Serial Number: Enhanced General Equipment
    QCOMPARE(t.typeOf(ct, {}, 0x00200013), 2);  // Instance Number
    QCOMPARE(t.typeOf(ct, {0x00082112}, 0x00081155), 1);  // Referenced SOP Instance UID inside Source Image Sequence
  }

  void typeDecidesTheAction() {
    // Content Date (Z/D): emptied in a CT image (Type 2C), a dummy in an SR document (Type 1).
    const auto profile = DeidProfile::basic();
    QVERIFY(profile.ok());
    for (const auto& [sopClass, expectDummy] : {std::pair<const char*, bool>{UID_CTImageStorage, false},
                                               std::pair<const char*, bool>{UID_ComprehensiveSRStorage, true}}) {
      DcmFileFormat file;
      DcmDataset* ds = file.getDataset();
      ds->putAndInsertString(DCM_SOPClassUID, sopClass);
      ds->putAndInsertString(DCM_SOPInstanceUID, "1.2.3.4.5");
      ds->putAndInsertString(DCM_ContentDate, "20240101");
      ds->putAndInsertString(DCM_InstitutionName, "SOMEWHERE HOSPITAL");
      const auto outcome = deidentifyDataset(ds, contextFor(profile.value()));
      QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
      const QString date = dcm::ascii(ds, DCM_ContentDate);
      QVERIFY(ds->tagExists(DCM_ContentDate));
      if (expectDummy) QCOMPARE(date, QStringLiteral("19000101"));
      else QVERIFY(date.isEmpty());
      QVERIFY(!ds->tagExists(DCM_InstitutionName));  // X/Z/D, Type 3 in both
    }
  }

  void profileFilesAreChecked() {
    // A hospital can supply its own table; mistakes in it must stop the import, not pass silently.
    const auto rejects = [](const char* json, const char* expected) {
      const auto p = DeidProfile::fromJson(QByteArray(json), QStringLiteral("my-profile.json"));
      QVERIFY2(!p.ok(), json);
      QVERIFY2(p.error().contains(QLatin1String("my-profile.json")) && p.error().contains(QLatin1String(expected)),
               qPrintable(p.error()));
    };
    rejects("{not json", "not a profile file");
    rejects(R"j({"base": "none"})j", "basic profile");
    rejects(R"j({"options": ["rtnEverythingOpt"]})j", "rtnEverythingOpt");
    rejects(R"j({"overrides": [{"tag": "(0010,00ZZ)", "action": "K"}]})j", "(0010,00ZZ)");
    rejects(R"j({"overrides": [{"tag": "(0010,0010)", "action": "shred"}]})j", "(0010,0010)");
    rejects(R"j({"overrides": [{"tag": "(0008,1030)", "action": "fixed", "value": "胸部CT"}]})j", "ASCII");

    // A valid custom profile: its override wins over the basic profile and it names itself.
    const auto custom = DeidProfile::fromJson(
        QByteArray(R"j({"name": "mine", "method": "My hospital v2", "options": ["rtnDevIdOpt"],
                       "overrides": [{"tag": "(0008,1030)", "action": "fixed", "value": "RESEARCH {Modality}"}]})j"),
        QStringLiteral("my-profile.json"));
    QVERIFY2(custom.ok(), qPrintable(custom.error()));
    QVERIFY(custom.value().has(DeidOption::RetainDeviceIdentity));
    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    ds->putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
    ds->putAndInsertString(DCM_Modality, "CT");
    ds->putAndInsertString(DCM_StudyDescription, "CT CHEST YAMADA FOLLOW-UP");
    ds->putAndInsertString(DCM_DeviceSerialNumber, "SN-4711");
    const auto outcome = deidentifyDataset(ds, contextFor(custom.value()));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(dcm::ascii(ds, DCM_StudyDescription), QStringLiteral("RESEARCH CT"));
    QCOMPARE(dcm::ascii(ds, DCM_DeviceSerialNumber), QStringLiteral("SN-4711"));
    QVERIFY(dcm::ascii(ds, DCM_DeidentificationMethod).contains(QLatin1String("My hospital v2")));
  }

  void objectsMadeFromDeidentifiedDataPassAgain() {
    // A SEG-like object made in the store from a de-identified series: its UIDs, patient code
    // and fixed strings stay; what was added since (a reader's name, creation dates) follows
    // the profile; a reference sequence (X/Z/U*) keeps its already mapped UIDs.
    const auto profile = DeidProfile::site();
    QVERIFY(profile.ok());
    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    ds->putAndInsertString(DCM_SOPClassUID, UID_SegmentationStorage);
    ds->putAndInsertString(DCM_SOPInstanceUID, "2.25.1111");
    ds->putAndInsertString(DCM_StudyInstanceUID, "2.25.2222");
    ds->putAndInsertString(DCM_PatientName, kCode.toLatin1().constData());
    ds->putAndInsertString(DCM_PatientID, kCode.toLatin1().constData());
    ds->putAndInsertString(DCM_StudyDate, "20260105");  // kept by the site profile
    ds->putAndInsertString(DCM_StudyDescription, "CT CHEST");  // the site profile's fixed string
    ds->putAndInsertString(DCM_ContentCreatorName, "SATO^HANAKO");
    ds->putAndInsertString(DCM_InstanceCreationDate, "20261123");
    DcmItem* source = nullptr;
    ds->findOrCreateSequenceItem(DCM_SourceImageSequence, source, -2);
    source->putAndInsertString(DCM_ReferencedSOPInstanceUID, "2.25.3333");
    DeidContext context;
    context.profile = &profile.value();
    context.alreadyDeidentified = true;  // no key, no patient resolver needed
    const auto outcome = deidentifyDataset(ds, context);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(dcm::ascii(ds, DCM_SOPInstanceUID), QStringLiteral("2.25.1111"));
    QCOMPARE(dcm::ascii(ds, DCM_StudyInstanceUID), QStringLiteral("2.25.2222"));
    QCOMPARE(dcm::ascii(ds, DCM_PatientID), kCode);
    QCOMPARE(dcm::ascii(ds, DCM_StudyDate), QStringLiteral("20260105"));
    QCOMPARE(dcm::ascii(ds, DCM_StudyDescription), QStringLiteral("CT CHEST"));
    QCOMPARE(dcm::ascii(dcm::sequenceItem(ds, DCM_SourceImageSequence), DCM_ReferencedSOPInstanceUID), QStringLiteral("2.25.3333"));
    QVERIFY(dcm::ascii(ds, DCM_ContentCreatorName).isEmpty());
    QVERIFY(!ds->tagExists(DCM_InstanceCreationDate));  // X/D, Type 3

    // Under Retain Longitudinal Modified Dates the source's dates were shifted on import: a
    // second pass keeps them (no key for the offset, and shifting twice would be wrong).
    const auto modified = DeidProfile::site({DeidOption::RetainLongitudinalModifiedDates});
    QVERIFY(modified.ok());
    context.profile = &modified.value();
    ds->putAndInsertString(DCM_AcquisitionDate, "20260105");
    QVERIFY(deidentifyDataset(ds, context).ok());
    QCOMPARE(dcm::ascii(ds, DCM_AcquisitionDate), QStringLiteral("20260105"));
    QCOMPARE(dcm::ascii(ds, DCM_PatientIdentityRemoved), QStringLiteral("YES"));
  }

  void privateOverlaysCurvesAndDepth() {
    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    ds->putAndInsertString(DCM_SOPClassUID, UID_MRImageStorage);
    ds->putAndInsertString(DCM_SOPInstanceUID, "1.2.3.4.6");
    ds->putAndInsertString(DCM_PatientName, "SECRET^NAME");
    // A private block with a name, and a safe one (Philips b-value).
    ds->putAndInsertString(DcmTagKey(0x0011, 0x0010), "ACME HOSPITAL INFO");
    ds->putAndInsertString(DcmTag(DcmTagKey(0x0011, 0x1001), EVR_LO), "SECRET^NAME in a private tag");
    ds->putAndInsertString(DcmTagKey(0x2001, 0x0010), "Philips MR Imaging DD 001");
    ds->putAndInsertFloat32(DcmTag(DcmTagKey(0x2001, 0x1003), EVR_FL), 1000.0f);
    ds->putAndInsertString(DcmTag(DcmTagKey(0x2001, 0x1005), EVR_LO), "not on the safe list");
    // Overlay and curve groups.
    ds->putAndInsertUint16(DcmTagKey(0x6000, 0x0010), 4);
    ds->putAndInsertUint16(DcmTagKey(0x6000, 0x0011), 4);
    ds->putAndInsertString(DcmTagKey(0x6000, 0x4000), "OVERLAY COMMENT SECRET^NAME");
    const Uint8 bits[2] = {0xFF, 0xFF};
    ds->putAndInsertUint8Array(DcmTag(DcmTagKey(0x6000, 0x3000), EVR_OB), bits, 2);
    ds->putAndInsertString(DcmTag(DcmTagKey(0x5000, 0x0020), EVR_CS), "CURVE");
    // Names and UIDs five sequences deep.
    DcmItem* item = ds;
    for (int depth = 0; depth < 5; ++depth) {
      DcmItem* next = nullptr;
      item->findOrCreateSequenceItem(DCM_ReferencedImageSequence, next, -2);
      next->putAndInsertString(DCM_ReferencedSOPInstanceUID, "1.2.3.4.6");
      next->putAndInsertString(DCM_OperatorsName, "DEEP^OPERATOR");
      item = next;
    }
    for (const bool safe : {false, true}) {
      DcmFileFormat copy(file);
      DcmDataset* d = copy.getDataset();
      std::set<DeidOption> options = {DeidOption::RetainUids};  // keep the sequences (X/Z/U*)
      if (safe) options.insert(DeidOption::RetainSafePrivate);
      const auto profile = DeidProfile::basic(options);
      QVERIFY(profile.ok());
      auto context = contextFor(profile.value());
      QVERIFY(deidentifyDataset(d, context).ok());
      QVERIFY(!d->tagExists(DcmTagKey(0x0011, 0x1001)));
      QVERIFY(!d->tagExists(DcmTagKey(0x0011, 0x0010)));  // empty block: creator goes too
      QVERIFY(!d->tagExists(DcmTagKey(0x2001, 0x1005)));
      QCOMPARE(d->tagExists(DcmTagKey(0x2001, 0x1003)), safe);
      QCOMPARE(d->tagExists(DcmTagKey(0x2001, 0x0010)), safe);
      for (const auto& t : {DcmTagKey(0x6000, 0x0010), DcmTagKey(0x6000, 0x3000), DcmTagKey(0x6000, 0x4000), DcmTagKey(0x5000, 0x0020)})
        QVERIFY(!d->tagExists(t));
      DcmItem* deep = d;
      for (int depth = 0; depth < 5; ++depth) {
        deep = dcm::sequenceItem(deep, DCM_ReferencedImageSequence);
        QVERIFY2(deep, qPrintable(QStringLiteral("depth %1").arg(depth)));
        QVERIFY(!deep->tagExists(DCM_OperatorsName) || dcm::ascii(deep, DCM_OperatorsName).isEmpty() ||
                dcm::ascii(deep, DCM_OperatorsName) == QLatin1String("ANONYMOUS"));
      }
    }
  }

  void uidsMapConsistently() {
    const QString a = mapUid(kSecret, QStringLiteral("1.2.840.113619.2.55.3.1"));
    QCOMPARE(mapUid(kSecret, QStringLiteral("1.2.840.113619.2.55.3.1")), a);
    QVERIFY(mapUid(QByteArray(32, '\x01'), QStringLiteral("1.2.840.113619.2.55.3.1")) != a);
    QVERIFY(mapUid(kSecret, QStringLiteral("1.2.840.113619.2.55.3.2")) != a);
    QVERIFY(a.startsWith(QStringLiteral("2.25.")));
    QVERIFY(isValidUid(a));
    // Two series of one study, and a reference to the first: one new study UID, and the
    // reference follows the referenced instance.
    const auto profile = DeidProfile::site();
    QVERIFY(profile.ok());
    QString study[2], referenced, firstSop;
    for (int n = 0; n < 2; ++n) {
      DcmFileFormat f;
      DcmDataset* ds = f.getDataset();
      ds->putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
      ds->putAndInsertString(DCM_SOPInstanceUID, n == 0 ? "1.2.3.100" : "1.2.3.200");
      ds->putAndInsertString(DCM_StudyInstanceUID, "1.2.3");
      ds->putAndInsertString(DCM_SeriesInstanceUID, n == 0 ? "1.2.3.1" : "1.2.3.2");
      if (n == 1) {
        // As a SEG references its source: Referenced Series Sequence (kept, not in Table E.1-1)
        // > Referenced Instance Sequence > Referenced SOP Instance UID (U).
        DcmItem* series = nullptr;
        ds->findOrCreateSequenceItem(DCM_ReferencedSeriesSequence, series, -2);
        series->putAndInsertString(DCM_SeriesInstanceUID, "1.2.3.1");
        DcmItem* ref = nullptr;
        series->findOrCreateSequenceItem(DCM_ReferencedInstanceSequence, ref, -2);
        ref->putAndInsertString(DCM_ReferencedSOPClassUID, UID_CTImageStorage);
        ref->putAndInsertString(DCM_ReferencedSOPInstanceUID, "1.2.3.100");
      }
      QVERIFY(deidentifyDataset(ds, contextFor(profile.value())).ok());
      study[n] = dcm::ascii(ds, DCM_StudyInstanceUID);
      if (n == 0) firstSop = dcm::ascii(ds, DCM_SOPInstanceUID);
      else {
        DcmItem* series = dcm::sequenceItem(ds, DCM_ReferencedSeriesSequence);
        referenced = dcm::ascii(dcm::sequenceItem(series, DCM_ReferencedInstanceSequence), DCM_ReferencedSOPInstanceUID);
        QCOMPARE(dcm::ascii(series, DCM_SeriesInstanceUID), mapUid(kSecret, QStringLiteral("1.2.3.1")));
      }
    }
    QCOMPARE(study[0], study[1]);
    QVERIFY(study[0] != QLatin1String("1.2.3"));
    QCOMPARE(referenced, firstSop);
  }

  void pixelDataStaysByteIdentical_data() {
    QTest::addColumn<QString>("file");
    for (const char* f : {"ct-chest-lidc0001/LIDC-IDRI-0001/CT/000001.dcm",
                          "codecs-multiframe-malformed/ts_wg04_CT1_same_image/CT1_J2KR.dcm",
                          "codecs-multiframe-malformed/ts_wg04_CT1_same_image/CT1_JLSL.dcm",
                          "codecs-multiframe-malformed/ts_wg04_CT1_same_image/CT1_RLE.dcm",
                          "xray-cr-dx/CR-MONO1-10-chest.dcm", "deid-corpora/pydicom_deid/humans/ctbrain1_fakePHI_simpson.dcm"})
      QTest::newRow(f) << QString::fromLatin1(f);
  }
  void pixelDataStaysByteIdentical() {
    QFETCH(QString, file);
    RC_REQUIRE_SAMPLE(file);
    RC_REQUIRE_PYDICOM();
    const auto profile = DeidProfile::site();
    const QString out = dir_.filePath(QFileInfo(file).fileName() + QStringLiteral(".deid.dcm"));
    const auto outcome = deidentifyFileChecked(test::samplePath(file), out, contextFor(profile.value()));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    // pydicom hashes the Pixel Data bytes (native or every fragment) of both files.
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import hashlib,sys,pydicom\n"
                            "for f in sys.argv[1:]:\n"
                            "  ds=pydicom.dcmread(f,force=True)\n"
                            "  print(hashlib.sha256(ds.PixelData).hexdigest(), ds.file_meta.TransferSyntaxUID if 'TransferSyntaxUID' in ds.file_meta else '')"),
             test::samplePath(file), out});
    QVERIFY(p.waitForFinished(60000));
    const QStringList lines = QString::fromLatin1(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[1].section(QLatin1Char(' '), 0, 0), lines[0].section(QLatin1Char(' '), 0, 0));
  }

  void unreadableFileIsRefused() {
    const QString broken = QStringLiteral("codecs-multiframe-malformed/malformed/MR_truncated.dcm");
    RC_REQUIRE_SAMPLE(broken);
    const auto profile = DeidProfile::site();
    const QString out = dir_.filePath(QStringLiteral("never.dcm"));
    const auto outcome = deidentifyFile(test::samplePath(broken), out, contextFor(profile.value()));
    QVERIFY(!outcome.ok());
    // Worded as the import words it: the reason, never DCMTK's "I/O suspension".
    QVERIFY2(outcome.error().contains(QStringLiteral("the file is truncated")), qPrintable(outcome.error()));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".part")));
  }

  void sampleCorpusComesOutClean() {
    const QString corpus = QStringLiteral("deid-corpora");
    RC_REQUIRE_SAMPLE(corpus);
    QTemporaryDir out;
    auto table = CorrespondenceTable::create(out.filePath(QStringLiteral("t.rcsec")), kPass, QStringLiteral("RC-"),
                                             KdfStrength::Interactive);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    const auto profile = DeidProfile::site();
    DeidContext context;
    context.profile = &profile.value();
    context.uidSecret = table.value()->secret();
    CorrespondenceTable* t = table.value().get();
    context.resolvePatient = [t](const PatientIdentity& id) -> Result<PatientKeys> {
      auto code = t->codeFor(id);
      if (!code) return fail(code.error());
      return PatientKeys{code.value(), t->dateOffsetDays(id)};
    };
    QStringList outputs;
    QDirIterator it(test::samplePath(corpus), QDir::Files, QDirIterator::Subdirectories);
    int n = 0;
    while (it.hasNext()) {
      const QString f = it.next();
      if (!looksLikeDicomForTest(f)) continue;
      const QString target = out.filePath(QStringLiteral("%1.dcm").arg(n++));
      const auto outcome = deidentifyFileChecked(f, target, context);
      QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
      outputs << target;
    }
    QVERIFY(outputs.size() >= 20);
    // The residual-PHI scan with every patient of the table finds nothing in the output, and
    // the famous fake identities of the corpus are gone byte for byte.
    PhiScanner scanner(&profile.value());
    scanner.addCorrespondence(*table.value());
    QVERIFY(scanner.identifierCount() > 10);
    for (const QString& f : outputs) {
      const auto findings = scanner.scanFile(f);
      QVERIFY2(findings.ok(), qPrintable(findings.error()));
      for (const PhiFinding& finding : findings.value())
        QFAIL(qPrintable(QStringLiteral("%1: %2: %3").arg(f, finding.element, finding.reason)));
      const QByteArray bytes = fileBytes(f).toUpper();
      for (const char* phi : {"SIMPSON", "HOMER", "SPRINGFIELD", "HIBBARD", "00007041776", "EVERGREEN"})
        QVERIFY2(!bytes.contains(phi), qPrintable(QStringLiteral("%1 contains %2").arg(f, QLatin1String(phi))));
    }
    // ... while the same scanner finds them in the originals.
    const auto original = scanner.scanFile(test::samplePath(QStringLiteral("deid-corpora/pydicom_deid/humans/ctbrain1_fakePHI_simpson.dcm")));
    QVERIFY(original.ok());
    QVERIFY(original->size() > 5);
  }

  void japaneseNamesAreFoundInEveryScript() {
    // A file with the patient's name in ISO 2022 IR 87 and copies of its parts planted in a
    // private tag, a nested text and an element of unknown VR.
    const QString name = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    ds->putAndInsertString(DCM_SpecificCharacterSet, "\\ISO 2022 IR 87");
    ds->putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
    ds->putAndInsertString(DCM_PatientName, encodeIso2022Japanese(name).constData());
    ds->putAndInsertString(DcmTagKey(0x0019, 0x0010), "VENDOR X");
    ds->putAndInsertString(DcmTag(DcmTagKey(0x0019, 0x1001), EVR_LO), encodeIso2022Japanese(QStringLiteral("患者 山田")).constData());
    DcmItem* item = nullptr;
    ds->findOrCreateSequenceItem(DCM_ContentSequence, item, -2);
    item->putAndInsertString(DCM_TextValue, encodeIso2022Japanese(QStringLiteral("たろう さん")).constData());
    const QByteArray romaji("Taro Yamada");
    auto* unknown = new DcmOtherByteOtherWord(DcmTag(DcmTagKey(0x0021, 0x1002), EVR_UN));
    unknown->putUint8Array(reinterpret_cast<const Uint8*>(romaji.constData()), Uint32(romaji.size()));
    QVERIFY(ds->insert(unknown).good());
    ds->putAndInsertString(DcmTagKey(0x0021, 0x0010), "VENDOR Y");
    const QString path = dir_.filePath(QStringLiteral("japanese.dcm"));
    QVERIFY(file.saveFile(OFFilename(QFile::encodeName(path).constData()), EXS_LittleEndianExplicit).good());

    PhiScanner scanner;
    scanner.addIdentifiers(identityTokens({QStringLiteral("P123456"), QString(), name, QStringLiteral("19580314")}),
                           QStringLiteral("the patient"));
    const auto findings = scanner.scanFile(path);
    QVERIFY(findings.ok());
    QSet<QString> where;
    for (const PhiFinding& f : findings.value()) where.insert(f.element);
    QVERIFY2(where.contains(QStringLiteral("(0010,0010)")), qPrintable(QStringList(where.values()).join(' ')));
    QVERIFY(where.contains(QStringLiteral("(0019,1001)")));                  // kanji family name
    QVERIFY(where.contains(QStringLiteral("(0040,A730)[0]/(0040,A160)")));  // kana given name
    QVERIFY(where.contains(QStringLiteral("(0021,1002)")));                  // romaji in UN
    for (const PhiFinding& f : findings.value()) QVERIFY(!f.reason.contains(QStringLiteral("山田")));  // no PHI in reports
  }

  // The patient ID of the table, in every form it can be written in, in an image comment, a
  // private text element, nested text and UTF-8: each file is reported. The birth date in
  // another spelling and the name in full-width letters too.
  void identifierVariantsInHeadersAreFound_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("full-width") << QStringLiteral("ＬＩＤＣ－ＩＤＲＩ－０００１");
    QTest::newRow("U+2010") << QStringLiteral("see LIDC\u2010IDRI\u20100001");
    QTest::newRow("U+2015") << QStringLiteral("LIDC\u2015IDRI\u20150001 follow-up");
    QTest::newRow("minus sign") << QStringLiteral("LIDC\u2212IDRI\u22120001");
    QTest::newRow("prolonged sound mark") << QStringLiteral("患者LIDC\u30FCIDRI\u30FC0001");
    QTest::newRow("spaces") << QStringLiteral("LIDC IDRI 0001");
    QTest::newRow("no separator") << QStringLiteral("LIDCIDRI0001");
    QTest::newRow("zero-width") << QStringLiteral("LIDC\u200B-IDRI-\u200D0001");
    QTest::newRow("mixed case") << QStringLiteral("Lidc-idri-0001");
    QTest::newRow("birth date, dots") << QStringLiteral("born 1958.03.14");
    QTest::newRow("birth date, full-width") << QStringLiteral("１９５８－０３－１４");
    QTest::newRow("name, full-width") << QStringLiteral("ＹＡＭＡＤＡ　ＴＡＲＯ");
  }
  void identifierVariantsInHeadersAreFound() {
    QFETCH(QString, text);
    QTemporaryDir d;
    const QString tablePath = d.filePath(QStringLiteral("table.rcsec"));
    auto table = CorrespondenceTable::create(tablePath, kPass, QStringLiteral("RC-"), KdfStrength::Interactive);
    QVERIFY(table.ok());
    QVERIFY(table.value()->codeFor({QStringLiteral("LIDC-IDRI-0001"), QString(), QStringLiteral("YAMADA^TARO"), QStringLiteral("19580314")}).ok());
    PhiScanner scanner;
    scanner.addCorrespondence(*table.value());
    QVERIFY2(!scanner.findInText(text).isEmpty(), qPrintable(text));
    const QStringList places = {QStringLiteral("(0020,4000)"), QStringLiteral("(0019,1001)"), QStringLiteral("(0040,A730)[0]/(0040,A160)")};
    for (const QString& place : places) {
      DcmFileFormat file;
      DcmDataset* ds = file.getDataset();
      ds->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
      ds->putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
      ds->putAndInsertString(DCM_PatientID, "RC-000001");
      const QByteArray utf8 = text.toUtf8();
      if (place == places[0]) {
        ds->putAndInsertString(DCM_ImageComments, utf8.constData());
      } else if (place == places[1]) {
        ds->putAndInsertString(DcmTagKey(0x0019, 0x0010), "VENDOR X");
        ds->putAndInsertString(DcmTag(DcmTagKey(0x0019, 0x1001), EVR_LO), utf8.constData());
      } else {
        DcmItem* item = nullptr;
        ds->findOrCreateSequenceItem(DCM_ContentSequence, item, -2);
        item->putAndInsertString(DCM_TextValue, utf8.constData());
      }
      const QString path = d.filePath(QStringLiteral("variant.dcm"));
      QFile::remove(path);
      QVERIFY(file.saveFile(OFFilename(QFile::encodeName(path).constData()), EXS_LittleEndianExplicit).good());
      const auto findings = scanner.scanFile(path);
      QVERIFY2(findings.ok(), qPrintable(findings.error()));
      QStringList where;
      for (const PhiFinding& f : findings.value()) where << f.element;
      QVERIFY2(where.contains(place), qPrintable(QStringLiteral("%1 in %2: found %3").arg(text, place, where.join(QLatin1Char(' ')))));
    }
    // The patient's code in its own spellings is no finding.
    QVERIFY(scanner.findInText(QStringLiteral("RC-000001 ＲＣ－０００００１")).isEmpty());
  }

  void namePartsSplitAtEverySeparator() {
    // Components, groups, the backslash of a multi-valued name, commas and white space (the
    // full-width space of a Japanese name too) separate parts; short Latin parts say nothing.
    QCOMPARE(namePartsOf(QStringLiteral("YAMADA^TARO=山田^太郎")), (QStringList{QStringLiteral("YAMADA"), QStringLiteral("TARO"), QStringLiteral("山田"), QStringLiteral("太郎")}));
    QCOMPARE(namePartsOf(QStringLiteral("Smith, John\\DOE^JANE^^DR")), (QStringList{QStringLiteral("Smith"), QStringLiteral("John"), QStringLiteral("DOE"), QStringLiteral("JANE")}));
    QCOMPARE(namePartsOf(QStringLiteral("山田\u3000花子  Ito Li")), (QStringList{QStringLiteral("山田"), QStringLiteral("花子"), QStringLiteral("Ito")}));
    QVERIFY(namePartsOf(QStringLiteral(" ^=, ")).isEmpty());
  }

  void correspondenceTable() {
    QTemporaryDir d;
    const QString path = d.filePath(QStringLiteral("table.rcsec"));
    const PatientIdentity yamada{QStringLiteral("12345678"), QStringLiteral("HOSP"), QStringLiteral("YAMADA^TARO"), QStringLiteral("19580314")};
    const PatientIdentity suzuki{QStringLiteral("87654321"), QStringLiteral("HOSP"), QStringLiteral("SUZUKI^HANAKO"), QString()};
    QByteArray secret;
    {
      QVERIFY(!CorrespondenceTable::create(path, QStringLiteral("short"), QStringLiteral("RC-"), KdfStrength::Interactive).ok());
      auto table = CorrespondenceTable::create(path, kPass, QStringLiteral("RC-"), KdfStrength::Interactive);
      QVERIFY2(table.ok(), qPrintable(table.error()));
      bool issued = false;
      QCOMPARE(table.value()->codeFor(yamada, &issued).value(), QStringLiteral("RC-000001"));
      QVERIFY(issued);
      QCOMPARE(table.value()->codeFor(suzuki).value(), QStringLiteral("RC-000002"));
      QCOMPARE(table.value()->codeFor(yamada, &issued).value(), QStringLiteral("RC-000001"));
      QVERIFY(!issued);
      // The same ID from another issuer is another patient.
      QCOMPARE(table.value()->codeFor({yamada.patientId, QStringLiteral("OTHER"), yamada.name, yamada.birthDate}).value(),
               QStringLiteral("RC-000003"));
      secret = table.value()->secret();
      // Another program may have it open at the same time: every code still comes from the
      // one file (issued under its lock from the newest version), so none is issued twice
      // and each sees the other's patients.
      auto other = CorrespondenceTable::open(path, kPass);
      QVERIFY2(other.ok(), qPrintable(other.error()));
      const PatientIdentity tanaka{QStringLiteral("11112222"), QStringLiteral("HOSP"), QStringLiteral("TANAKA^JIRO"), QString()};
      const PatientIdentity sato{QStringLiteral("33334444"), QStringLiteral("HOSP"), QStringLiteral("SATO^KEN"), QString()};
      QCOMPARE(other.value()->codeFor(tanaka).value(), QStringLiteral("RC-000004"));
      QCOMPARE(table.value()->codeFor(sato).value(), QStringLiteral("RC-000005"));  // not RC-000004 again
      QCOMPARE(table.value()->codeFor(tanaka).value(), QStringLiteral("RC-000004"));
      QCOMPARE(other.value()->codeFor(sato).value(), QStringLiteral("RC-000005"));
      QVERIFY(other.value()->markOptedOut(QStringLiteral("RC-000005")).ok());
      QVERIFY(!table.value()->codeFor(sato).ok());  // the other program's opt-out counts at once
      // Creating it again, even by a program that did not see it appear, opens the same table.
      QVERIFY(!CorrespondenceTable::create(path, kPass, QStringLiteral("RC-"), KdfStrength::Interactive).ok());
      auto again = CorrespondenceTable::openOrCreate(path, kPass, QStringLiteral("RC-"), KdfStrength::Interactive);
      QVERIFY2(again.ok(), qPrintable(again.error()));
      QCOMPARE(again.value()->secret(), secret);
    }
    // The file holds no identifier in the clear.
    const QByteArray bytes = fileBytes(path);
    for (const char* clear : {"YAMADA", "12345678", "19580314", "RC-000001", "SUZUKI"}) QVERIFY(!bytes.contains(clear));
    QVERIFY(!CorrespondenceTable::open(path, QStringLiteral("wrong passphrase")).ok());
    {
      auto table = CorrespondenceTable::open(path, kPass);
      QVERIFY2(table.ok(), qPrintable(table.error()));
      QCOMPARE(table.value()->secret(), secret);
      QCOMPARE(table.value()->codeFor(suzuki).value(), QStringLiteral("RC-000002"));
      QCOMPARE(table.value()->findByPatientId(QStringLiteral("12345678"), QStringLiteral("HOSP"))->code, QStringLiteral("RC-000001"));
      QCOMPARE(table.value()->dateOffsetDays(yamada), table.value()->dateOffsetDays(yamada));
      QVERIFY(table.value()->dateOffsetDays(yamada) < 0 && table.value()->dateOffsetDays(yamada) >= -3650);
      QVERIFY(table.value()->markOptedOut(QStringLiteral("RC-000001")).ok());
      const auto refused = table.value()->codeFor(yamada);
      QVERIFY(!refused.ok());
      QVERIFY(refused.error().contains(QStringLiteral("opted out")));
    }
    // One flipped bit anywhere is detected.
    QByteArray tampered = fileBytes(path);
    tampered[tampered.size() - 5] = char(tampered[tampered.size() - 5] ^ 0x01);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(tampered);
    f.close();
    QVERIFY(!CorrespondenceTable::open(path, kPass).ok());
  }

  void burnedInRiskAndMasking() {
    QCOMPARE(burnedInTextRisk(QStringLiteral(UID_CTImageStorage), QStringLiteral("CT"), QString(), QStringLiteral("ORIGINAL\\PRIMARY")), QString());
    QVERIFY(!burnedInTextRisk(QStringLiteral(UID_CTImageStorage), QStringLiteral("CT"), QStringLiteral("YES"), QString()).isEmpty());
    QVERIFY(!burnedInTextRisk(QStringLiteral(UID_SecondaryCaptureImageStorage), QStringLiteral("OT"), QString(), QString()).isEmpty());
    QCOMPARE(burnedInTextRisk(QStringLiteral(UID_SecondaryCaptureImageStorage), QStringLiteral("OT"), QStringLiteral("NO"), QString()), QString());
    QVERIFY(!burnedInTextRisk(QStringLiteral(UID_UltrasoundImageStorage), QStringLiteral("US"), QString(), QString()).isEmpty());

    QTemporaryDir d;
    PhantomOptions o;
    o.matrix = 64;
    o.slices = 40;
    o.pixelSpacing = 5.6;
    const auto phantom = writeChestPhantom(d.path(), o);
    QVERIFY(phantom.ok());
    const QString masked = d.filePath(QStringLiteral("masked.dcm"));
    QVERIFY(!maskRegion(phantom->xrayFile, masked, QRect(500, 10, 100, 100)).ok());  // outside the image
    const auto newSop = maskRegion(phantom->xrayFile, masked, QRect(10, 20, 30, 40));
    QVERIFY2(newSop.ok(), qPrintable(newSop.error()));
    const auto before = loadVolume({phantom->xrayFile});
    const auto after = loadVolume({masked});
    QVERIFY(before.ok() && after.ok());
    const Volume& a = *before->volume;
    const Volume& b = *after->volume;
    // MONOCHROME1: "black" is the highest value; everything outside the rectangle unchanged.
    int changedOutside = 0;
    for (int j = 0; j < a.height(); ++j)
      for (int i = 0; i < a.width(); ++i) {
        const bool inside = i >= 10 && i < 40 && j >= 20 && j < 60;
        if (inside) QCOMPARE(b.valueAt(i, j, 0), 4095.0);
        else if (a.valueAt(i, j, 0) != b.valueAt(i, j, 0)) ++changedOutside;
      }
    QCOMPARE(changedOutside, 0);
    DcmFileFormat f;
    QVERIFY(f.loadFile(OFFilename(QFile::encodeName(masked).constData())).good());
    QCOMPARE(dcm::ascii(f.getDataset(), DCM_SOPInstanceUID), newSop.value());
    QCOMPARE(dcm::ascii(f.getDataset(), DCM_BurnedInAnnotation), QStringLiteral("NO"));
  }

private:
  static bool looksLikeDicomForTest(const QString& f) {
    QFile file(f);
    if (!file.open(QIODevice::ReadOnly)) return false;
    const QByteArray head = file.read(132);
    return head.size() == 132 && head.mid(128, 4) == "DICM";
  }
};

QTEST_GUILESS_MAIN(TestDeid)
#include "test_deid.moc"
