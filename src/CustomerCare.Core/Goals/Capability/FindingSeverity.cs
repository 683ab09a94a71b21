// How serious a consistency finding is.
namespace CustomerCare.Core.Goals.Capability;

/// <summary>How serious a <see cref="CapabilityFinding"/> is.</summary>
public enum FindingSeverity
{
    /// <summary>Worth knowing; nothing is promised that cannot be kept.</summary>
    Info = 0,

    /// <summary>A promise is at risk or could not be checked.</summary>
    Warning = 1,

    /// <summary>A promise cannot be kept with the business's limits or staffing.</summary>
    Error = 2,
}
