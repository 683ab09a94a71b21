// Laws of the responsibility model: escalation is monotone and ends, complete matrices cover every cell, JSON and what-if are stable.
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Tests.TestInfrastructure;
using CustomerCare.Core.Tickets;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerCare.Core.Tests.Responsibility;

public sealed class ResponsibilityProperties
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    [CareProperty]
    public Property Escalation_raises_the_level_at_every_step_and_ends_at_a_top_tier() => Prop.ForAll(Seeds, seed =>
    {
        var model = RandomModels.Builder(seed, catchAll: true).Build();
        var trigger = EscalationTrigger.RepeatContacts(1000);
        foreach (var start in model.Tiers)
        {
            var current = model.Resolve(new ResponsibilityIssue(model.CategoryKey("billing"), 0, start));
            for (var steps = 0; ; steps++)
            {
                Assert.True(steps <= model.Tiers.Count, $"seed {seed}: more than {model.Tiers.Count} steps from '{start.Name}'");
                var step = model.Escalate(current, trigger);
                if (model.RepeatContactThreshold == 0)
                {
                    Assert.Equal(EscalationOutcome.NotNeeded, step.Outcome);
                    break;
                }

                if (step.Outcome == EscalationOutcome.AtTop)
                {
                    Assert.Null(step.From.EscalatesTo);
                    break;
                }

                Assert.Equal(EscalationOutcome.Escalated, step.Outcome);
                Assert.True(step.To.Level > step.From.Level, $"seed {seed}: {step}");
                current = step.Next;
            }
        }
    });

    [CareProperty]
    public Property A_matrix_with_a_catch_all_resolves_every_cell() => Prop.ForAll(Seeds, seed =>
    {
        var model = RandomModels.Builder(seed, catchAll: true).Build();
        Assert.DoesNotContain(model.Findings, f => f.Kind == ResponsibilityFindingKind.UncoveredCell);
        foreach (var category in model.CategoryTree.Append(CategoryPath.Parse("somewhere/else")))
        {
            var key = model.CategoryKey(category);
            for (var s = 0; s < model.Severities.Count; s++)
            {
                var a = model.Resolve(new ResponsibilityIssue(key, s));
                Assert.True(a.IsCovered, $"seed {seed}: {category} × {s}");
                Assert.Equal(a.Rule!.Accountable, a.Tier!.Name);
            }
        }
    });

    [CareProperty]
    public Property Writing_what_was_read_gives_the_same_json() => Prop.ForAll(Seeds, seed =>
    {
        var model = RandomModels.Builder(seed, catchAll: seed % 2 == 0).Build();
        var json = ResponsibilityModelJson.Write(model);
        Assert.Equal(json, ResponsibilityModelJson.Write(ResponsibilityModelJson.Read(json)));
    });

    [CareProperty(30)]
    public Property What_if_with_an_unchanged_matrix_reports_no_change() => Prop.ForAll(Seeds, seed =>
    {
        var model = RandomModels.Builder(seed, catchAll: true).Build();
        var copy = ResponsibilityModelJson.Read(ResponsibilityModelJson.Write(model));
        var history = RandomModels.History(seed);
        var report = ResponsibilityWhatIf.Compare(model, copy, history, PhoneDesk.Policies(), PhoneDesk.T(20));
        Assert.Empty(report.Changes);
        Assert.Equal(history.Count, report.TicketCount);
    });
}
