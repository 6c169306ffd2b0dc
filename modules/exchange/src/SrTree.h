#pragma once
// Building and walking dcmsr document trees without losing one's place: the cursor-based
// DSRDocumentTree API made scoped.

#include "ExchangeSupport.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmsr/dsrdoctr.h>

namespace rc {

// Adds children below the tree's current node. On destruction the cursor returns to that
// parent, so the next sibling can be added after it. Nest one Children per level.
class SrChildren {
public:
  SrChildren(DSRDocumentTree& tree, Status& status) : tree_(tree), status_(status) {}
  ~SrChildren() {
    if (added_) tree_.goUp();
  }
  SrChildren(const SrChildren&) = delete;
  SrChildren& operator=(const SrChildren&) = delete;

  // The new item (now the tree's current node), or nullptr after an error (kept in `status`).
  DSRContentItem* add(DSRTypes::E_RelationshipType relationship, DSRTypes::E_ValueType valueType,
                      const DSRCodedEntryValue& name) {
    if (!status_) return nullptr;
    OFCondition result = EC_Normal;
    if (name.isEmpty()) {
      if (tree_.addContentItem(relationship, valueType, added_ ? DSRTypes::AM_afterCurrent : DSRTypes::AM_belowCurrent) == 0)
        result = SR_EC_CannotAddContentItem;
    } else {
      result = added_ ? tree_.addContentItem(relationship, valueType, name) : tree_.addChildContentItem(relationship, valueType, name);
    }
    if (result.bad()) {
      status_ = fail(ExchangeTr::tr("cannot add \"%1\" to the report: %2")
                         .arg(qString(name.getCodeMeaning()), QString::fromLocal8Bit(result.text())));
      return nullptr;
    }
    added_ = true;
    return &tree_.getCurrentContentItem();
  }

  // Sets a value on the item just added; a refused value becomes the status.
  void check(const OFCondition& result, const QString& what) {
    if (status_ && result.bad())
      status_ = fail(ExchangeTr::tr("the report refuses %1: %2").arg(what, QString::fromLocal8Bit(result.text())));
  }

private:
  DSRDocumentTree& tree_;
  Status& status_;
  bool added_ = false;
};

// Visits the children of the tree's current node in order (the cursor is on each child
// while `visit` runs, and back on the parent afterwards).
template <class Visit>
void forEachChild(DSRDocumentTree& tree, Visit&& visit) {
  if (tree.goDown() == 0) return;
  do {
    visit(tree.getCurrentContentItem());
  } while (tree.gotoNext() != 0);
  tree.goUp();
}

}  // namespace rc
