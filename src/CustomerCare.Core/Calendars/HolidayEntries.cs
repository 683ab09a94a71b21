// The holidays of a calendar as they were entered (single dates and ranges), which JSON writes back.
using NodaTime;

namespace CustomerCare.Core.Calendars;

/// <summary>The holidays as entered, each list sorted: one-off dates, yearly dates, one-off ranges and yearly ranges (both ends included).</summary>
internal sealed record HolidayEntries(
    LocalDate[] Dates,
    AnnualDate[] YearlyDates,
    (LocalDate From, LocalDate To)[] Ranges,
    (AnnualDate From, AnnualDate To)[] YearlyRanges);
