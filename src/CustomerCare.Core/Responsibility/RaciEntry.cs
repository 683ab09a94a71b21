// One party's RACI roles in a cell of the responsibility matrix.
using System.Text;

namespace CustomerCare.Core.Responsibility;

/// <summary>A party (a tier, a functional role or another stakeholder such as the product team) and its RACI roles.</summary>
/// <param name="Party">The party's name as declared in the model.</param>
/// <param name="Roles">The roles it holds.</param>
/// <remarks><c>default</c> has no party and is rejected where an entry is required.</remarks>
public readonly record struct RaciEntry(string Party, RaciRole Roles)
{
    /// <summary>Gets the roles as letters in RACI order, e.g. <c>RA</c> or <c>I</c>.</summary>
    public string Letters
    {
        get
        {
            var text = new StringBuilder(4);
            if ((Roles & RaciRole.Responsible) != 0)
            {
                text.Append('R');
            }

            if ((Roles & RaciRole.Accountable) != 0)
            {
                text.Append('A');
            }

            if ((Roles & RaciRole.Consulted) != 0)
            {
                text.Append('C');
            }

            if ((Roles & RaciRole.Informed) != 0)
            {
                text.Append('I');
            }

            return text.ToString();
        }
    }

    /// <summary>Formats the entry as <c>head: A</c>.</summary>
    /// <returns>The party and its letters.</returns>
    public override string ToString() => $"{Party}: {Letters}";
}
