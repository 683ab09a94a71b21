// Round-trip laws of the types CustomerCareJson both writes and reads: notifications, money, category paths, business calendars.
using System.Text.Json;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.DependencyInjection.Serialization;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Policies;
using CustomerCare.Core.Tests.TestInfrastructure;
using CustomerCare.Core.Tickets;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.DependencyInjection.Serialization;

public sealed class CustomerCareJsonProperties
{
    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, CustomerCareJson.Options), CustomerCareJson.Options)!;

    private static readonly Gen<Instant> Instants = Gen.Choose(0, int.MaxValue).Select(s => Instant.FromUnixTimeSeconds(s) + Duration.FromNanoseconds(s % 1_000_000_007));

    [CareProperty]
    public Property Sla_notifications_of_built_in_metrics_round_trip() => Prop.ForAll(
        (from kind in Gen.Elements(SlaNotificationKind.WarningReached, SlaNotificationKind.Breached, SlaNotificationKind.Met)
         from metric in Gen.Elements([.. SlaMetric.BuiltIn])
         from instance in Gen.Choose(0, 50)
         from at in Instants
         select new SlaNotification(kind, metric, instance, at)).ToArbitrary(),
        n => RoundTrip(n) == n);

    [CareProperty]
    public Property Money_round_trips_with_its_decimal_digits() => Prop.ForAll(
        (from units in Gen.Choose(-1_000_000, 1_000_000)
         from scale in Gen.Choose(0, 4)
         from currency in Gen.Elements("EUR", "VND", "USD", "JPY")
         select new Money(new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale), currency)).ToArbitrary(),
        m =>
        {
            var back = RoundTrip(m);
            return back == m && back.Amount.Scale == m.Amount.Scale;
        });

    [CareProperty]
    public Property Category_paths_round_trip() => Prop.ForAll(
        Gen.ListOf(Gen.Elements("returns", "refund", "hardware", "display", "touch", "orders", "late"))
            .Where(l => l.Count is > 0 and < 5).Select(l => CategoryPath.Parse(string.Join('/', l))).ToArbitrary(),
        p => RoundTrip(p) == p);

    [CareProperty]
    public Property Business_calendars_round_trip_through_JsonSerializer() => Prop.ForAll(
        (from zone in Gen.Elements("Asia/Ho_Chi_Minh", "Europe/Berlin", "America/New_York", "Etc/UTC")
         from days in Gen.ArrayOf(Gen.Elements(Enum.GetValues<IsoDayOfWeek>()[1..]))
         from first in Gen.Choose(0, 8)
         from length in Gen.Choose(1, 5)
         from gap in Gen.Choose(1, 3)
         from second in Gen.Choose(1, 5)
         from holiday in Gen.Choose(1, 28)
         select (zone, days, first, length, gap, second, holiday)).ToArbitrary(),
        c =>
        {
            var builder = new BusinessCalendarBuilder(DateTimeZoneProviders.Tzdb[c.zone])
                .AddWindow(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(12, 0))
                .AddHoliday(new LocalDate(2026, 5, c.holiday));
            foreach (var day in c.days.Where(d => d != IsoDayOfWeek.Monday).Distinct())
            {
                builder.AddWindow(day, new LocalTime(c.first, 0), new LocalTime(c.first + c.length, 0));
                builder.AddWindow(day, new LocalTime(c.first + c.length + c.gap, 0), new LocalTime(c.first + c.length + c.gap + c.second, 0));
            }

            var calendar = builder.Build();
            var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(calendar, CustomerCareJson.Context.BusinessCalendar), CustomerCareJson.Context.BusinessCalendar)!;
            return BusinessCalendarJson.Write(back) == BusinessCalendarJson.Write(calendar);
        });
}
