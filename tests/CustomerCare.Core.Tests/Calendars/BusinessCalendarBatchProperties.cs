// The batch Elapsed and Add equal the single calls element by element, over random calendars, zones, starts, ends and budgets.
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit.Sdk;

namespace CustomerCare.Core.Tests.Calendars;

public sealed class BusinessCalendarBatchProperties
{
    // A calendar case with up to 200 sorted ends from two days before its start to 60 days after (equal neighbours
    // happen), and up to 20 budgets in any order (zero, minutes, or up to 400 hours).
    private static readonly Gen<(CalendarCase Case, Instant[] Ends, Duration[] Budgets)> Batch =
        from c in CalendarGen.LargeCase
        from count in Gen.Choose(0, 200)
        from offsets in Gen.ArrayOf(Gen.Frequency((1, Gen.Choose(-2 * 86400, 0)), (4, Gen.Choose(0, 60 * 86400)), (1, Gen.Choose(0, 3600))), count)
        from budgetCount in Gen.Choose(0, 20)
        from budgets in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 7200)), (3, Gen.Choose(0, 400 * 3600))), budgetCount)
        select (c, offsets.Order().Select(o => c.Start + Duration.FromSeconds(o)).ToArray(), budgets.Select(b => Duration.FromSeconds(b)).ToArray());

    [CareProperty]
    public Property Batch_Elapsed_equals_single_calls() =>
        Prop.ForAll(Batch.ToArbitrary(), b =>
        {
            var calendar = b.Case.Spec.Build();
            var destination = new Duration[b.Ends.Length];
            calendar.Elapsed(b.Case.Start, b.Ends, destination);
            for (var i = 0; i < b.Ends.Length; i++)
            {
                var expected = calendar.Elapsed(b.Case.Start, b.Ends[i]);
                if (expected != destination[i])
                {
                    throw new XunitException($"ends[{i}] = {b.Ends[i]}: single {expected}, batch {destination[i]}\n  case: {b.Case}");
                }
            }
        });

    [CareProperty]
    public Property Batch_Add_equals_single_calls() =>
        Prop.ForAll(Batch.ToArbitrary(), b =>
        {
            var calendar = b.Case.Spec.Build();
            var destination = new Instant[b.Budgets.Length];
            Instant[] expected;
            try
            {
                expected = [.. b.Budgets.Select(budget => calendar.Add(b.Case.Start, budget))];
            }
            catch (ArgumentOutOfRangeException single)
            {
                // A budget the calendar cannot meet: the batch throws the same.
                var batch = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Add(b.Case.Start, b.Budgets, destination));
                Assert.Equal(single.Message, batch.Message);
                return;
            }

            calendar.Add(b.Case.Start, b.Budgets, destination);
            if (!expected.SequenceEqual(destination))
            {
                throw new XunitException($"single [{string.Join(", ", expected)}], batch [{string.Join(", ", destination)}] for budgets [{string.Join(", ", b.Budgets)}]\n  case: {b.Case}");
            }
        });
}
