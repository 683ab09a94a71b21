// Which end of a CES scale means "easy": surveys word the question both ways, so the library never guesses.
namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>The meaning of high answers on a Customer Effort Score scale.</summary>
public enum CesDirection
{
    /// <summary>High answers mean easy ("The company made it easy for me to handle my issue": 7 = strongly agree). The easy band is the top answers.</summary>
    HigherIsEasier = 1,

    /// <summary>High answers mean hard ("How much effort did you personally have to put forth?": 5 = very high effort). The easy band is the bottom answers.</summary>
    HigherIsHarder,
}
