// SegmentCatalogueJson law: reading what was written classifies every profile alike, and writing it again gives the same text.
using CustomerCare.Core.Segments;
using CustomerCare.Core.Segments.Rfm;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Segments;

public sealed class SegmentCatalogueJsonProperties
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 30, 12, 0);

    private static readonly Gen<WhenMissing> Missing = Gen.Elements(WhenMissing.NoMatch, WhenMissing.Match);

    /// <summary>Numbers that are not short decimals, so the shortest round-trip number format is exercised.</summary>
    private static readonly Gen<double> Points = Gen.Choose(-7000, 7000).Select(i => i / 7.0);

    private static readonly Gen<decimal> Credit = Gen.Choose(-100_000, 100_000).Select(i => i / 1000m);

    private static readonly Gen<LocalDate> Dates = Gen.Choose(0, 3000).Select(d => new LocalDate(2020, 1, 1).PlusDays(d));

    private static readonly Gen<Instant> Instants = Gen.Choose(0, int.MaxValue).Select(s => Instant.FromUtc(2020, 1, 1, 0, 0) + Duration.FromSeconds(s / 10.0));

    private static readonly Gen<string[]> Tags = Gen.SubListOf(new[] { "chatty", "Ünïcode \"tag\"", "b2b", "night-owl" }).Where(l => l.Count > 0).Select(l => l.ToArray());

    private static readonly Gen<SegmentRule> Leaves = Gen.OneOf(
        from v in Points from op in Gen.Choose(0, 5) from m in Missing select Compare("points", op, v, m),
        from a in Credit from b in Credit from m in Missing select SegmentRule.Between("credit", Math.Min(a, b), Math.Max(a, b), m),
        from v in Gen.Choose(0, 50_000) from op in Gen.Choose(0, 5) select Compare("wallet", op, new Money(v * 1.5m, "EUR"), WhenMissing.NoMatch),
        from v in Gen.Elements(true, false) select SegmentRule.Equal("member", v),
        from l in Gen.SubListOf(new[] { "gold", "silver", "bronze" }).Where(l => l.Count > 0)
        from m in Missing
        select SegmentRule.In("tier", l.Select(t => (AttributeValue)t), m),
        from n in Gen.Choose(0, 400)
        from unit in Gen.Elements(RecencyUnit.Days, RecencyUnit.Months, RecencyUnit.Years)
        from within in Gen.Elements(true, false)
        from m in Missing
        select within ? SegmentRule.WithinLast("joined", n % 40, unit, m) : SegmentRule.AtLeastAgo("seen", n, RecencyUnit.Days, m),
        from d in Dates from op in Gen.Choose(0, 5) select Compare("joined", op, d, WhenMissing.NoMatch),
        from a in Instants from b in Instants select SegmentRule.Between("seen", a < b ? a : b, a < b ? b : a),
        from t in Tags from all in Gen.Elements(true, false) select all ? SegmentRule.ContainsAll("tags", t) : SegmentRule.ContainsAny("tags", t),
        Gen.Constant(SegmentRule.HasValue("tier")),
        from r in Gen.Elements("north", "south") select SegmentRule.Equal(CommonAttributes.Region, r),
        from a in Gen.Choose(18, 90) select SegmentRule.AtLeast(CommonAttributes.Age, a),
        from s in Gen.SubListOf(new[] { "Champions", "Loyal", "Hibernating" }).Where(l => l.Count > 0) from m in Missing select SegmentRule.InRfmSegment(s, m));

    private static readonly Gen<SegmentRule> Rules = Gen.OneOf(
        Leaves,
        from a in Leaves from b in Leaves select SegmentRule.And(a, b),
        from a in Leaves from b in Leaves select SegmentRule.Or(a, SegmentRule.Not(b)),
        from a in Leaves select SegmentRule.And(SegmentRule.InSegment("north-ish"), a),
        Gen.Constant(SegmentRule.Union("north-ish", "big-spender")),
        Gen.Constant(SegmentRule.Except("big-spender", "north-ish")));

    private static readonly Gen<CustomerProfile> Profiles =
        from points in Gen.OneOf(Gen.Constant(double.NaN), Points)
        from credit in Gen.OneOf(Gen.Constant(decimal.MinValue), Credit)
        from wallet in Gen.Choose(-1, 60_000)
        from member in Gen.Choose(-1, 1)
        from tier in Gen.Elements("gold", "silver", "bronze", string.Empty)
        from joined in Gen.OneOf(Gen.Constant((LocalDate?)null), Dates.Select(d => (LocalDate?)d))
        from seen in Gen.OneOf(Gen.Constant((Instant?)null), Instants.Select(i => (Instant?)i))
        from tags in Gen.OneOf(Gen.Constant(Array.Empty<string>()), Tags)
        from region in Gen.Elements("north", "south", string.Empty)
        from age in Gen.Choose(-1, 95)
        from rfm in Gen.Choose(0, 125)
        select new CustomerProfile
        {
            Region = region.Length == 0 ? null : region,
            Age = age < 0 ? null : age,
            Rfm = rfm == 0 ? null : new RfmScore(1 + ((rfm - 1) % 5), 1 + ((rfm - 1) / 5 % 5), 1 + ((rfm - 1) / 25)),
            Custom = Custom(points, credit, wallet, member, tier, joined, seen, tags),
        };

    private static readonly Gen<(SegmentCatalogue Catalogue, CustomerProfile[] Profiles)> Cases =
        from zone in Gen.Elements("UTC", "Asia/Ho_Chi_Minh", "Europe/Berlin", "America/St_Johns")
        from count in Gen.Choose(1, 6)
        from rules in Gen.ListOf(Rules, count)
        from north in Leaves
        from spender in Leaves
        from profiles in Gen.ArrayOf(Profiles, 30)
        select (Build(zone, rules, north, spender), profiles);

    [CareProperty(200)]
    public Property Reading_what_was_written_classifies_alike_and_writes_the_same_text() =>
        Prop.ForAll(Cases.Where(c => c.Catalogue is not null).ToArbitrary(), c =>
        {
            var written = SegmentCatalogueJson.Write(c.Catalogue);
            var read = SegmentCatalogueJson.Read(written);
            var before = c.Catalogue.AsOf(Now);
            var after = read.AsOf(Now);
            return SegmentCatalogueJson.Write(read) == written
                && read.Segments.Select(s => s.ToString()).SequenceEqual(c.Catalogue.Segments.Select(s => s.ToString()))
                && read.Zone == c.Catalogue.Zone
                && c.Profiles.All(p => before.Classify(c.Catalogue.Compile(p)).Name == after.Classify(read.Compile(p)).Name
                    && before.ClassifyAll(c.Catalogue.Compile(p)).Select(s => s.Name).SequenceEqual(after.ClassifyAll(read.Compile(p)).Select(s => s.Name)));
        });

    private static SegmentRule Compare(string attribute, int op, AttributeValue value, WhenMissing missing) => op switch
    {
        0 => SegmentRule.Equal(attribute, value, missing),
        1 => SegmentRule.NotEqual(attribute, value, missing),
        2 => SegmentRule.LessThan(attribute, value, missing),
        3 => SegmentRule.AtMost(attribute, value, missing),
        4 => SegmentRule.GreaterThan(attribute, value, missing),
        _ => SegmentRule.AtLeast(attribute, value, missing),
    };

    private static Dictionary<string, AttributeValue> Custom(double points, decimal credit, int wallet, int member, string tier, LocalDate? joined, Instant? seen, string[] tags)
    {
        var custom = new Dictionary<string, AttributeValue>();
        if (!double.IsNaN(points))
        {
            custom["points"] = points;
        }

        if (credit != decimal.MinValue)
        {
            custom["credit"] = credit;
        }

        if (wallet >= 0)
        {
            custom["wallet"] = new Money(wallet * 1.5m, "EUR");
        }

        if (member >= 0)
        {
            custom["member"] = member == 1;
        }

        if (tier.Length > 0)
        {
            custom["tier"] = tier;
        }

        if (joined is { } j)
        {
            custom["joined"] = j;
        }

        if (seen is { } s)
        {
            custom["seen"] = s;
        }

        if (tags.Length > 0)
        {
            custom["tags"] = AttributeValue.TextSet(tags);
        }

        return custom;
    }

    private static SegmentCatalogue Build(string zone, IEnumerable<SegmentRule> rules, SegmentRule north, SegmentRule spender)
    {
        var builder = new SegmentCatalogueBuilder(DateTimeZoneProviders.Tzdb[zone])
            .DeclareAttribute("points", AttributeKind.Number)
            .DeclareAttribute("credit", AttributeKind.ExactNumber)
            .DeclareAttribute("wallet", AttributeKind.Money)
            .DeclareAttribute("member", AttributeKind.Boolean)
            .DeclareAttribute("tier", AttributeKind.Text)
            .DeclareAttribute("joined", AttributeKind.Date)
            .DeclareAttribute("seen", AttributeKind.Instant)
            .DeclareAttribute("tags", AttributeKind.TextSet)
            .UseRfm(RfmSegmentMap.Standard)
            .Define("north-ish", north)
            .Define("big-spender", spender);
        var i = 0;
        foreach (var rule in rules)
        {
            builder.Add($"s{i++}", rule);
        }

        builder.WithDefault("standard");
        return builder.Validate().Count == 0 ? builder.Build() : null!;
    }
}
