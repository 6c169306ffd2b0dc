#pragma once
// The measurements of the open series, listed with their values: selecting one shows it
// (cross-hair and plane), Delete removes it without asking (Edit > Undo brings it back), a
// double-click names it.

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace rc {

class Session;
class ViewerPanel;

class MeasurementPanel : public QWidget {
  Q_OBJECT
public:
  MeasurementPanel(Session* session, ViewerPanel* viewer, QWidget* parent = nullptr);

  QTableWidget* table() const { return table_; }
  // Deletes the selected measurement (no question: it can be undone).
  void deleteSelected();

signals:
  void failed(const QString& message);

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  void refresh();
  void showSelected();
  qint64 selectedId() const;

  Session* session_;
  ViewerPanel* viewer_;
  QTableWidget* table_;
  QPushButton* delete_;
};

}  // namespace rc
