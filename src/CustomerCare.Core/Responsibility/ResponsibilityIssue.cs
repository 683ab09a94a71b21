// The input of resolving: an issue's category key, its severity index and the tier that owns it already, if any.
using CustomerCare.Core.Tickets;
namespace CustomerCare.Core.Responsibility;

/// <summary>An issue to assign: its category (looked up once), its severity and its current owner.</summary>
/// <param name="Category">The category key from <see cref="ResponsibilityModel.CategoryKey(CategoryPath)"/>.</param>
/// <param name="Severity">The severity's index on the model's scale (0 is the most severe; see <see cref="SeverityScale.IndexOf"/>).</param>
/// <param name="Current">The tier that already owns the issue, or null when it is unassigned.</param>
/// <remarks>A severity outside the scale, or a key of another model, is rejected by <see cref="ResponsibilityModel.Resolve"/>.</remarks>
public readonly record struct ResponsibilityIssue(IssueCategoryKey Category, int Severity, Tier? Current = null);
