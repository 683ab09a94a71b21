// The desk's mergeable KPI summary: SLA compliance counts, exact response/resolution times and contact resolution, summed exactly.
using CareDesk.Orleans.Tickets;
using CustomerCare.Core.Kpis.Resolution;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Reporting;
using NodaTime;

namespace CareDesk.Orleans.Aggregation;

/// <summary>One compliance row: a metric for one priority, policy and segment ("" when none).</summary>
[GenerateSerializer, Immutable]
public sealed record ComplianceRow(
    [property: Id(0)] string Metric,
    [property: Id(1)] string Priority,
    [property: Id(2)] string Policy,
    [property: Id(3)] string Segment,
    [property: Id(4)] long Met,
    [property: Id(5)] long Breached,
    [property: Id(6)] long InProgress,
    [property: Id(7)] long Overdue)
{
    /// <summary>Gets the row's counts as the core's mergeable <see cref="SlaComplianceCounts"/>.</summary>
    public SlaComplianceCounts Counts => new(Met, Breached, InProgress, Overdue);
}

/// <summary>How many issues took <see cref="Contacts"/> customer contacts and ended resolved or not.</summary>
[GenerateSerializer, Immutable]
public sealed record ContactBucket([property: Id(0)] int Contacts, [property: Id(1)] bool Resolved, [property: Id(2)] long Issues);

/// <summary>How many escalation steps on SLA transitions ended at <see cref="Tier"/> with <see cref="Outcome"/> (escalated to it, or already at the top there).</summary>
[GenerateSerializer, Immutable]
public sealed record EscalationBucket([property: Id(0)] string Tier, [property: Id(1)] EscalationOutcome Outcome, [property: Id(2)] long Steps);

/// <summary>
/// An immutable, mergeable summary of any set of tickets. Everything in it is a sum or a multiset, so merging the
/// summaries of disjoint ticket sets gives exactly the summary of their union, in any order and grouping — durations are
/// kept exactly (sorted), not sketched, so percentiles of the merge equal percentiles of a single pass.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class KpiSummary
{
    /// <summary>The summary of no ticket.</summary>
    public static readonly KpiSummary Empty = new(0, [], [], [], []);

    public KpiSummary(long tickets, ComplianceRow[] rows, Duration[] firstResponse, Duration[] resolution, ContactBucket[] contacts, EscalationBucket[]? escalations = null)
    {
        Escalations = escalations ?? [];
        Tickets = tickets;
        Rows = rows;
        FirstResponse = firstResponse;
        Resolution = resolution;
        Contacts = contacts;
    }

    /// <summary>Gets the number of tickets summarised.</summary>
    [Id(0)]
    public long Tickets { get; }

    /// <summary>Gets the compliance rows, sorted by metric, priority, policy and segment (ordinal).</summary>
    [Id(1)]
    public ComplianceRow[] Rows { get; }

    /// <summary>Gets the business-time first-response durations of judged instances, sorted.</summary>
    [Id(2)]
    public Duration[] FirstResponse { get; }

    /// <summary>Gets the business-time resolution durations of judged instances, sorted.</summary>
    [Id(3)]
    public Duration[] Resolution { get; }

    /// <summary>Gets the contact-resolution histogram, sorted by contacts then resolved.</summary>
    [Id(4)]
    public ContactBucket[] Contacts { get; }

    /// <summary>Gets the escalation steps by tier and outcome, sorted by tier then outcome.</summary>
    [Id(5)]
    public EscalationBucket[] Escalations { get; }

    /// <summary>Summarises a compliance report built by the core, the tickets' contact counts and their escalation steps.</summary>
    public static KpiSummary From(SlaComplianceReport report, IEnumerable<IssueContacts> issues, IEnumerable<EscalationRecord>? escalations = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(issues);
        var rows = report.Rows
            .Select(r => new ComplianceRow(r.Metric, r.Priority, r.Policy, r.Segment ?? string.Empty, r.Counts.Met, r.Counts.Breached, r.Counts.InProgress, r.Counts.Overdue))
            .ToArray();
        var contacts = issues.GroupBy(i => (i.Contacts, i.Resolved)).Select(g => new ContactBucket(g.Key.Contacts, g.Key.Resolved, g.LongCount()));
        var steps = (escalations ?? []).GroupBy(e => (e.To, e.Outcome)).Select(g => new EscalationBucket(g.Key.To, g.Key.Outcome, g.LongCount()));
        return new KpiSummary(report.Tickets, Sorted(rows), [.. report.FirstResponseTimes.Values], [.. report.ResolutionTimes.Values], Sorted(contacts), Sorted(steps));
    }

    /// <summary>Merges summaries of disjoint ticket sets (exact: sums and multiset unions).</summary>
    public static KpiSummary Merge(IEnumerable<KpiSummary> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        long tickets = 0;
        var rows = new Dictionary<(string, string, string, string), long[]>();
        var first = new List<Duration>();
        var resolution = new List<Duration>();
        var contacts = new Dictionary<(int, bool), long>();
        var escalations = new Dictionary<(string, EscalationOutcome), long>();
        foreach (var part in parts)
        {
            tickets += part.Tickets;
            foreach (var r in part.Rows)
            {
                var key = (r.Metric, r.Priority, r.Policy, r.Segment);
                if (!rows.TryGetValue(key, out var c))
                {
                    rows[key] = c = new long[4];
                }

                c[0] += r.Met;
                c[1] += r.Breached;
                c[2] += r.InProgress;
                c[3] += r.Overdue;
            }

            first.AddRange(part.FirstResponse);
            resolution.AddRange(part.Resolution);
            foreach (var b in part.Contacts)
            {
                contacts[(b.Contacts, b.Resolved)] = contacts.GetValueOrDefault((b.Contacts, b.Resolved)) + b.Issues;
            }

            foreach (var e in part.Escalations)
            {
                escalations[(e.Tier, e.Outcome)] = escalations.GetValueOrDefault((e.Tier, e.Outcome)) + e.Steps;
            }
        }

        first.Sort();
        resolution.Sort();
        return new KpiSummary(
            tickets,
            Sorted(rows.Select(kv => new ComplianceRow(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Key.Item4, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3]))),
            [.. first],
            [.. resolution],
            Sorted(contacts.Select(kv => new ContactBucket(kv.Key.Item1, kv.Key.Item2, kv.Value))),
            Sorted(escalations.Select(kv => new EscalationBucket(kv.Key.Item1, kv.Key.Item2, kv.Value))));
    }

    /// <summary>Gets the first-contact-resolution result through the core's mergeable accumulator.</summary>
    public ContactResolutionResult ContactResolution()
    {
        var accumulator = new ContactResolutionAccumulator();
        foreach (var b in Contacts)
        {
            var issue = new IssueContacts(b.Contacts, b.Resolved);
            for (long i = 0; i < b.Issues; i++)
            {
                accumulator.Add(issue);
            }
        }

        return accumulator.Result;
    }

    /// <summary>Whether both summaries hold exactly the same numbers.</summary>
    public bool SameAs(KpiSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Tickets == other.Tickets && Rows.SequenceEqual(other.Rows) && FirstResponse.SequenceEqual(other.FirstResponse)
            && Resolution.SequenceEqual(other.Resolution) && Contacts.SequenceEqual(other.Contacts) && Escalations.SequenceEqual(other.Escalations);
    }

    private static ComplianceRow[] Sorted(IEnumerable<ComplianceRow> rows) => [.. rows
        .OrderBy(r => r.Metric, StringComparer.Ordinal).ThenBy(r => r.Priority, StringComparer.Ordinal)
        .ThenBy(r => r.Policy, StringComparer.Ordinal).ThenBy(r => r.Segment, StringComparer.Ordinal)];

    private static EscalationBucket[] Sorted(IEnumerable<EscalationBucket> buckets) => [.. buckets.OrderBy(b => b.Tier, StringComparer.Ordinal).ThenBy(b => b.Outcome)];

    private static ContactBucket[] Sorted(IEnumerable<ContactBucket> buckets) => [.. buckets.OrderBy(b => b.Contacts).ThenBy(b => b.Resolved)];
}
