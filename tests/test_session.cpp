// session: the case outside any widget. Measurements made with the tools at voxel
// coordinates are saved at once, read back after reopening, deleted without a question and
// brought back by undo; the undo history keeps to its byte budget.

#include "PostgresServer.h"
#include "common/Phantoms.h"
#include "StoreFixture.h"
#include "TestSupport.h"
#include "dicom/VolumeLoader.h"
#include "phantom/ChestPhantom.h"
#include "session/EditHistory.h"
#include "session/MeasurementTool.h"
#include "session/Session.h"
#include "viewmodel/SliceViewModel.h"

#include <QSignalSpy>

using namespace rc;

namespace {

// A step that only counts and weighs.
class CountingStep : public EditStep {
public:
  CountingStep(int* value, size_t bytes) : value_(value), bytes_(bytes) { ++*value_; }
  QString text() const override { return QStringLiteral("count"); }
  Status undo() override {
    --*value_;
    return Status::success();
  }
  Status redo() override {
    ++*value_;
    return Status::success();
  }
  size_t bytes() const override { return bytes_; }

private:
  int* value_;
  size_t bytes_;
};

}  // namespace

class TestSession : public QObject {
  Q_OBJECT
  QTemporaryDir source_;
  QTemporaryDir storeDir_;
  std::unique_ptr<test::StoreFixture> fixture_;
  SeriesSummary ct_;
  std::shared_ptr<const Volume> volume_;

  void openCt(Session& session) {
    QVERIFY(session.openStore(storeDir_.path()).ok());
    QVERIFY(session.setOpenSeries(ct_, volume_).ok());
  }

private slots:
  void initTestCase() {
    QVERIFY(writeChestPhantom(source_.path(), test::smallChestPhantom()).ok());
    fixture_ = test::StoreFixture::open(storeDir_.path());
    QVERIFY(fixture_);
    QCOMPARE(fixture_->import({source_.path()}).filesImported, 21);
    CaseDatabase db(*fixture_->store);
    for (const SeriesSummary& s : db.listSeries().value())
      if (s.modality == QLatin1String("CT")) ct_ = s;
    const auto files = db.seriesFiles(ct_.seriesUid);
    const auto loaded = loadVolume(files->paths);
    QVERIFY(loaded.ok());
    volume_ = loaded->volume;
  }

  void toolsMakeMeasurementsThatAreSaved() {
    Session session;
    openCt(session);
    ViewerModel viewer;
    viewer.setVolume(volume_);
    SliceViewModel axial(&viewer, ViewPlane::Axial);
    ToolModel tools;
    MeasurementTool ruler(&session, MeasurementKind::Ruler, &tools);
    QSignalSpy feedback(&tools, &ToolModel::feedbackUpdated);
    const int slice = axial.slice();
    ruler.press({{10, 10, double(slice)}, &axial, 0.5, Qt::NoModifier});
    ruler.drag({{13, 14, double(slice)}, &axial, 0.5, Qt::NoModifier});
    QCOMPARE(ruler.feedback(axial).size(), size_t(1));  // the rubber band, with its length
    QVERIFY(ruler.feedback(axial).front().text.contains(QStringLiteral("28.0 mm")));  // 3x4 voxels of 5.6 mm
    ruler.release({{13, 14, double(slice)}, &axial, 0.5, Qt::NoModifier});
    QVERIFY(feedback.count() >= 3);
    QCOMPARE(session.measurements().size(), size_t(1));
    const ImageMeasurement m = session.measurements().front();
    QVERIFY(m.id > 0);
    QCOMPARE(m.normalAxis, 2);
    QCOMPARE(m.slice, slice);
    QCOMPARE(measure(*volume_, m).lengthMm, 28.0);
    // A click without a drag makes nothing.
    ruler.press({{20, 20, double(slice)}, &axial, 0.5, Qt::NoModifier});
    ruler.release({{20.2, 20, double(slice)}, &axial, 0.5, Qt::NoModifier});
    QCOMPARE(session.measurements().size(), size_t(1));
    // An ellipse ROI on the coronal plane.
    SliceViewModel coronal(&viewer, ViewPlane::Coronal);
    MeasurementTool ellipse(&session, MeasurementKind::Ellipse, &tools);
    const double j = coronal.slice();
    ellipse.press({{20, j, 5}, &coronal, 0.5, Qt::NoModifier});
    ellipse.release({{40, j, 12}, &coronal, 0.5, Qt::NoModifier});
    QCOMPARE(session.measurements().size(), size_t(2));
    QCOMPARE(session.measurements().back().normalAxis, 1);
    QVERIFY(measure(*volume_, session.measurements().back()).voxels > 50);

    // Another session on the same store reads them back as they were.
    Session again;
    openCt(again);
    QCOMPARE(again.measurements().size(), size_t(2));
    QCOMPARE(again.measurements().front().first, m.first);
    QCOMPARE(again.measurements().front().second, m.second);
    QCOMPARE(again.measurements().front().createdBy, Session::reader());
    // Clean up for the next test.
    for (const auto& x : again.measurements()) QVERIFY(again.deleteMeasurement(x.id).ok());
  }

  void deleteAsksNothingAndUndoBringsItBack() {
    Session session;
    openCt(session);
    ImageMeasurement m;
    m.kind = MeasurementKind::Rectangle;
    m.slice = 3;
    m.first = {5, 5, 3};
    m.second = {25, 30, 3};
    m.label = QStringLiteral("ROI 1");
    const auto id = session.addMeasurement(m);
    QVERIFY(id.ok());
    QVERIFY(session.deleteMeasurement(id.value()).ok());
    QVERIFY(session.measurements().empty());
    QCOMPARE(session.history()->undoText(), QStringLiteral("Delete rectangle"));
    QVERIFY(session.history()->undo().ok());
    QCOMPARE(session.measurements().size(), size_t(1));
    QCOMPARE(session.measurements().front().id, id.value());  // back under its own id
    QCOMPARE(session.measurements().front().label, QStringLiteral("ROI 1"));
    // What undo brought back is in the store too.
    {
      Session reader;
      openCt(reader);
      QCOMPARE(reader.measurements().size(), size_t(1));
    }
    QVERIFY(session.history()->redo().ok());
    QVERIFY(session.measurements().empty());
    QVERIFY(session.history()->undo().ok());
    // Undoing the addition removes it again.
    QVERIFY(session.history()->undo().ok());
    QVERIFY(session.measurements().empty());
    Session reader;
    openCt(reader);
    QVERIFY(reader.measurements().empty());
  }

  void historyKeepsToItsBudget() {
    EditHistory history(1000);
    int value = 0;
    for (int n = 0; n < 60; ++n) history.push(std::make_unique<CountingStep>(&value, 40));
    QCOMPARE(history.undoCount(), 25);  // 25 x 40 bytes fit the 1000-byte budget
    QVERIFY(history.bytes() <= 1000);
    for (int n = 0; n < 30; ++n) QVERIFY(history.undo().ok());
    QCOMPARE(value, 60 - 25);
    QVERIFY(!history.canUndo());
    QVERIFY(history.redo().ok());
    history.push(std::make_unique<CountingStep>(&value, 40));  // a new edit ends the redo branch
    QVERIFY(!history.canRedo());
  }

  void unlockingCanBeCancelled() {
    fixture_->deid.table.reset();  // one open table per store at a time (its lock file)
    Session session;
    QVERIFY(session.openStore(storeDir_.path()).ok());
    session.setPassphraseProvider([](bool) { return std::nullopt; });
    const auto locked = session.unlock();
    QVERIFY(!locked.ok());
    QVERIFY(locked.cancelled());
    session.setPassphraseProvider([](bool) { return std::optional<QString>(QStringLiteral("wrong passphrase")); });
    const auto wrong = session.unlock();
    QVERIFY(!wrong.ok());
    QVERIFY(!wrong.cancelled());
    session.setPassphraseProvider([](bool) { return std::optional<QString>(test::kPassphrase); });
    QVERIFY(session.unlock().ok());
    QVERIFY(session.isUnlocked());
  }
};

RC_TEST_MAIN_ON_EITHER_ENGINE(TestSession)
#include "test_session.moc"
