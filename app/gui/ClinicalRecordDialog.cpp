#include "ClinicalRecordDialog.h"

#include "annotate/ClinicalRecordModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace rc {

ClinicalRecordDialog::ClinicalRecordDialog(ClinicalRecordModel* model, QWidget* parent) : QDialog(parent), model_(model) {
  const bool ja = QLocale().language() == QLocale::Japanese;
  setWindowTitle(tr("Clinical record of %1 (%2)").arg(model_->patientCode(), model_->clinicalTemplate().name(ja)));
  auto* form = new QFormLayout(this);
  for (const TemplateField& field : model_->clinicalTemplate().fields()) {
    QString label = field.label(ja);
    if (!field.unit.isEmpty()) label += QStringLiteral(" (%1)").arg(field.unit);
    if (field.required) label += QStringLiteral(" *");
    const QString id = field.id;
    if (field.type == TemplateField::Type::Choice) {
      auto* box = new QComboBox(this);
      box->addItem(tr("(not given)"), QString());
      for (const TemplateChoice& c : field.choices) {
        box->addItem(c.label(ja), c.value);
        if (model_->value(id).toString() == c.value) box->setCurrentIndex(box->count() - 1);
      }
      connect(box, &QComboBox::activated, this, [this, id, box] { commit(id, box->currentData().toString()); });
      editors_[id] = box;
      form->addRow(label, box);
    } else {
      auto* line = new QLineEdit(model_->text(id, false), this);
      if (field.type == TemplateField::Type::Date) line->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
      if (field.min && field.max) line->setPlaceholderText(tr("%1 to %2").arg(*field.min).arg(*field.max));
      connect(line, &QLineEdit::editingFinished, this, [this, id, line] {
        if (line->isModified()) commit(id, line->text());
        line->setModified(false);
      });
      editors_[id] = line;
      form->addRow(label, line);
    }
  }
  message_ = new QLabel(this);
  message_->setWordWrap(true);
  form->addRow(message_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
  form->addRow(buttons);
}

QWidget* ClinicalRecordDialog::fieldEditor(const QString& fieldId) const {
  const auto it = editors_.find(fieldId);
  return it == editors_.end() ? nullptr : it->second;
}

QString ClinicalRecordDialog::message() const { return message_->text(); }

void ClinicalRecordDialog::commit(const QString& fieldId, const QString& text) {
  const Status saved = model_->setValue(fieldId, text);
  QWidget* editor = fieldEditor(fieldId);
  if (editor) editor->setStyleSheet(saved ? QString() : QStringLiteral("background: #ffd8d8"));
  message_->setText(saved ? tr("Saved.") : saved.error());
}

}  // namespace rc
