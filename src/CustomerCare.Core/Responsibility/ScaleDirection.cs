// Which end of a listed scale is the severe one: tools disagree whether level 1 is the most or the least severe.
namespace CustomerCare.Core.Responsibility;

/// <summary>How the labels of an impact or urgency scale are listed.</summary>
public enum ScaleDirection
{
    /// <summary>The first label is the most severe (highest impact or urgency), e.g. <c>high, medium, low</c>.</summary>
    MostSevereFirst = 0,

    /// <summary>The first label is the least severe, e.g. <c>1 minor, 2 moderate, 3 extensive</c>.</summary>
    LeastSevereFirst = 1,
}
