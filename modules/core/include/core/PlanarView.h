#pragma once
// Which side of the patient a planar nuclear-medicine image shows.

namespace rc {

enum class PlanarView { Unknown, Anterior, Posterior };

}  // namespace rc
