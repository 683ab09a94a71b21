// Evaluates the tenant's configured care goals now (the registered IClock), recording changes of each goal's status.
using CustomerCare.Core.Goals;

namespace CustomerCare.Core.DependencyInjection;

/// <summary>
/// The care goals of one tenant: evaluates a configured goal by name at the registered clock's now and records a change of its
/// overall status (<see cref="Diagnostics.CustomerCareMeter.GoalStatusChanges"/>). Resolve it as <c>IGoalService</c> or
/// <c>[FromKeyedServices("tenant")] IGoalService</c>. A singleton; thread-safe (the last status per goal is kept atomically).
/// </summary>
public interface IGoalService
{
    /// <summary>Evaluates the goal named <paramref name="goal"/> now (see <see cref="CareGoal.Evaluate(NodaTime.Instant, ReadOnlySpan{double}, Span{TargetEvaluation}, Calendars.BusinessCalendar?)"/>).</summary>
    /// <param name="goal">The goal's name (ignoring case).</param>
    /// <param name="observed">One observed value per target, in the goal's target order (seconds for durations).</param>
    /// <param name="destination">Receives one evaluation per target.</param>
    /// <param name="calendar">The name of a configured calendar to measure the elapsed part of the period on, or <see langword="null"/> for elapsed time.</param>
    /// <returns>The goal's overall status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goal"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No goal or calendar has that name, or a span has the wrong length.</exception>
    GoalStatus Evaluate(string goal, ReadOnlySpan<double> observed, Span<TargetEvaluation> destination, string? calendar = null);
}
