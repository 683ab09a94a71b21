// One customer's recency, frequency and monetary values as RFM scoring reads them.
namespace CustomerCare.Core.Segments.Rfm;

/// <summary>
/// One customer's raw RFM values, measured by the caller as of one scoring date (never the machine clock).
/// </summary>
/// <param name="Key">The customer's unique key; rank-based binning breaks ties by it (ordinal order).</param>
/// <param name="DaysSinceLastPurchase">Days from the last purchase to the scoring date (fewer is better).</param>
/// <param name="Purchases">The number of purchases (more is better).</param>
/// <param name="Spend">The amount spent in one currency (more is better).</param>
public readonly record struct RfmObservation(string Key, int DaysSinceLastPurchase, int Purchases, decimal Spend);
