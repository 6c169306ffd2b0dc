#pragma once
// The findings of the open series and the form of the active one: disease class, finding
// type, location, certainty, long and short axis (from the bidirectional ruler, the segment,
// or typed), comment, its segment and box, the segment's statistics. "No finding" for a
// series the reader looked at and found normal. Each change is one undo step in the session.

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rc {

class AnnotationSession;
struct CodedConcept;
struct Finding;
struct VocabularyTerm;

class FindingsPanel : public QWidget {
  Q_OBJECT
public:
  explicit FindingsPanel(AnnotationSession* annotation, QWidget* parent = nullptr);

  QListWidget* findingList() const { return list_; }
  QComboBox* diseaseClassBox() const { return diseaseClass_; }
  QCheckBox* noFindingBox() const { return noFinding_; }

signals:
  void failed(const QString& message);

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  void refresh();
  void showActive();
  void apply();  // the form into the active finding
  void fillCombo(QComboBox* box, const std::vector<VocabularyTerm>& terms, const CodedConcept& current);

  AnnotationSession* annotation_;
  QCheckBox* noFinding_;
  QListWidget* list_;
  QPushButton* add_;
  QPushButton* remove_;
  QWidget* form_;
  QLineEdit* name_;
  QComboBox* diseaseClass_;
  QComboBox* type_;
  QComboBox* location_;
  QComboBox* certainty_;
  QDoubleSpinBox* longAxis_;
  QDoubleSpinBox* shortAxis_;
  QPushButton* axesFromSegment_;
  QComboBox* segment_;
  QLabel* box_;
  QLabel* statistics_;
  QPlainTextEdit* comment_;
  bool showing_ = false;
  QTimer statisticsTimer_;
};

}  // namespace rc
