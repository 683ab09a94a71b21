// The five SERVQUAL dimensions of service quality.
namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>The five SERVQUAL dimensions (Parasuraman, Zeithaml and Berry).</summary>
public enum ServqualDimension
{
    /// <summary>Physical facilities, equipment and the appearance of staff.</summary>
    Tangibles = 1,

    /// <summary>Performing the promised service dependably and accurately.</summary>
    Reliability,

    /// <summary>Willingness to help customers and provide prompt service.</summary>
    Responsiveness,

    /// <summary>Knowledge and courtesy of staff and their ability to inspire trust.</summary>
    Assurance,

    /// <summary>Caring, individualised attention.</summary>
    Empathy,
}
