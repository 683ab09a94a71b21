// A cell of a priority matrix that gets a lower priority than a less severe neighbour in its row or column.
namespace CustomerCare.Core.Responsibility;

/// <summary>
/// An inversion of a <see cref="PriorityMatrix"/>: along one row or column, a more severe cell is mapped to a less
/// urgent priority than a less severe cell.
/// </summary>
/// <param name="Impact">The impact label of the more severe cell.</param>
/// <param name="Urgency">The urgency label of the more severe cell.</param>
/// <param name="Priority">The priority of the more severe cell.</param>
/// <param name="LessSevereImpact">The impact label of the less severe cell.</param>
/// <param name="LessSevereUrgency">The urgency label of the less severe cell.</param>
/// <param name="LessSeverePriority">The (more urgent) priority of the less severe cell.</param>
public readonly record struct PriorityInversion(string Impact, string Urgency, string Priority, string LessSevereImpact, string LessSevereUrgency, string LessSeverePriority)
{
    /// <summary>Formats the inversion in words.</summary>
    /// <returns>The inversion, e.g. <c>impact high × urgency low → low, but impact medium × urgency low → medium</c>.</returns>
    public override string ToString() =>
        $"impact {Impact} × urgency {Urgency} → {Priority}, but the less severe impact {LessSevereImpact} × urgency {LessSevereUrgency} → {LessSeverePriority}";
}
