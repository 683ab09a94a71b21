// The ticket grain: validates and stores events, keeps the incremental SLA clock, wakes at each SLA transition, reports its KPIs.
using CareDesk.Orleans.Aggregation;
using CareDesk.Orleans.Hosting;
using CustomerCare.Core.Responsibility;
using CustomerCare.Core.Sla.Evaluation;
using CustomerCare.Core.Sla.Reporting;
using CustomerCare.Core.Tickets;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace CareDesk.Orleans.Tickets;

/// <summary>
/// One ticket. An accepted event is stored, then the ticket re-evaluates its SLA as of the desk clock (or its last
/// event, if later), acts on the transitions due since it last looked, reports its one-ticket KPI summary to its
/// partition and arms a grain timer for the next transition's exact instant. With reminders on, a durable reminder
/// backs the timer: Orleans refuses reminder periods under its minimum (one minute by default) and fires reminders
/// with coarse precision, so the reminder only re-activates the grain after a failure; the timer gives the instant.
/// Reports are coalesced: the first event of a burst is reported at once; later events of the burst (arriving within
/// <see cref="ReportDelay"/>) only mark the partition's copy stale — so a report settles this ticket first — and are
/// reported together when the burst ends. Every event is still stored before it is acknowledged.
/// </summary>
public sealed partial class TicketGrain : Grain, ITicketGrain, IRemindable
{
    private const string ReminderName = "sla-transition";
    private const int ObservedKept = 16;
    private static readonly TimeSpan LongestTimer = TimeSpan.FromDays(1);

    /// <summary>How long after a reported event further events are gathered into one report.</summary>
    private static readonly TimeSpan ReportDelay = TimeSpan.FromMilliseconds(200);

    private readonly IPersistentState<TicketState> _state;
    private readonly DeskSettings _settings;
    private readonly IClock _clock;
    private readonly ILogger<TicketGrain> _logger;
    private readonly List<ObservedTransition> _observed = [];
    private SlaClock? _sla;
    private Assignment _owner;
    private Instant _checkedUntil;
    private Instant? _next;
    private Instant? _reminderFor;
    private Instant? _armedFor;
    private IGrainTimer? _timer;
    private IGrainTimer? _reportTimer;
    private bool _gathering;
    private bool _stale;
    private string _id = string.Empty;

    public TicketGrain([PersistentState("ticket", "desk")] IPersistentState<TicketState> state, DeskSettings settings, IClock clock, ILogger<TicketGrain> logger)
    {
        _state = state;
        _settings = settings;
        _clock = clock;
        _logger = logger;
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _id = this.GetPrimaryKeyString();
        if (_state.State.Attributes is not null && _state.State.Events.Count > 0)
        {
            _sla = Rebuild(_state.State);
            _owner = TicketEscalation.Replay(_settings.Responsibility, _state.State.Attributes, _state.State.Escalations);
            _checkedUntil = _state.State.Events[^1].At;
            // Re-report after a restart: the partition may have lost the last contribution; replacing is idempotent.
            await RefreshAsync();
        }
    }

    public async Task<PostResult> Post(int index, TicketEventDto ticketEvent, TicketAttributesDto? attributes = null)
    {
        ArgumentNullException.ThrowIfNull(ticketEvent);
        var events = _state.State.Events;
        if (index < 0 || index > events.Count)
        {
            return Reject($"index must be between 0 and {events.Count} (the next event); it was {index}");
        }

        if (index < events.Count)
        {
            // A retried post: acknowledge the same event again, refuse a different one.
            return events[index] == ticketEvent
                ? new PostResult(true, null, events.Count)
                : Reject($"event {index} is already {events[index].Kind} at {events[index].At}; it cannot be replaced by {ticketEvent.Kind} at {ticketEvent.At}");
        }

        SlaClock sla;
        TicketEvent e;
        try
        {
            e = ticketEvent.ToEvent();
            if (index == 0)
            {
                if (attributes is null)
                {
                    return Reject("the first event opens the ticket and needs its attributes");
                }

                sla = new SlaClock(_settings.Policies, attributes.ToAttributes());
            }
            else
            {
                sla = _sla!;
            }

            if (e.Kind == TicketEventKind.PriorityChanged && !_settings.Policies.Priorities.Contains(e.Value))
            {
                return Reject($"priority '{e.Value}' is not on the desk's scale ({_settings.Policies.Priorities})");
            }

            if (index == 0 && !_settings.Policies.Priorities.Contains(attributes!.Priority))
            {
                return Reject($"priority '{attributes.Priority}' is not on the desk's scale ({_settings.Policies.Priorities})");
            }

            if (index == 0)
            {
                _owner = TicketEscalation.Initial(_settings.Responsibility, attributes!); // validates category and severity
            }

            sla.Append(e); // validates against the history; a rejected event leaves the clock unchanged
        }
        catch (ArgumentException ex)
        {
            return Reject(ex.Message);
        }

        if (index == 0)
        {
            _state.State.Attributes = attributes;
            _checkedUntil = e.At;
        }

        events.Add(ticketEvent);
        try
        {
            await _state.WriteStateAsync();
        }
        catch
        {
            events.RemoveAt(events.Count - 1);
            if (index == 0)
            {
                _state.State.Attributes = null;
            }

            _sla = events.Count == 0 ? null : Rebuild(_state.State);
            throw;
        }

        _sla = sla;
        if (!_gathering)
        {
            await RefreshAsync();
            _gathering = true;
            _reportTimer ??= this.RegisterGrainTimer(static (grain, _) => grain.OnReportTimerAsync(), this, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
            _reportTimer.Change(ReportDelay, Timeout.InfiniteTimeSpan);
        }
        else if (!_stale)
        {
            _stale = true;
            await GrainFactory.GetGrain<IPartitionGrain>(_settings.PartitionOf(_id)).MarkStale(_id);
        }

        return new PostResult(true, null, events.Count);
    }

    public Task Wake(Instant? asOf = null) => _sla is null ? Task.CompletedTask : RefreshAsync(asOf);

    public Task<TicketView> View() => Task.FromResult(new TicketView(_state.State.Events.Count, _next, [.. _observed], [.. _state.State.Escalations]));

    public Task ReceiveReminder(string reminderName, TickStatus status) => _sla is null ? Task.CompletedTask : RefreshAsync();

    private SlaClock Rebuild(TicketState state)
    {
        var sla = new SlaClock(_settings.Policies, state.Attributes!.ToAttributes());
        foreach (var e in state.Events)
        {
            sla.Append(e.ToEvent());
        }

        return sla;
    }

    /// <summary>Acts on due transitions, reports the ticket's summary to its partition and re-arms the wake-up.</summary>
    private async Task RefreshAsync(Instant? asOf = null)
    {
        var sla = _sla!;
        _stale = false;
        var now = _clock.GetCurrentInstant();
        if (asOf > now)
        {
            now = asOf.Value;
        }

        var lastEvent = sla.Events[^1].At;
        var at = now > lastEvent ? now : lastEvent;
        if (at > _checkedUntil)
        {
            foreach (var n in sla.Transitions(_checkedUntil, at))
            {
                if (n.Kind == SlaNotificationKind.Met)
                {
                    continue;
                }

                if (_observed.Count == ObservedKept)
                {
                    _observed.RemoveAt(0);
                }

                _observed.Add(new ObservedTransition(n.Kind, n.Metric.Name, n.At, now));
                LogTransition(_id, n.Kind, n.Metric.Name, n.At, now);
            }

            _checkedUntil = at;
        }

        await EscalateAsync(sla, at);
        var evaluation = sla.Evaluate(at);
        var summary = KpiSummary.From(new SlaComplianceReportBuilder().Add(evaluation).Build(), [TicketIssue.From(sla.Events, _state.State.Attributes!.Contacts)], _state.State.Escalations);
        _next = NextTransition(evaluation, at);
        var partition = GrainFactory.GetGrain<IPartitionGrain>(_settings.PartitionOf(_id));
        await partition.Report(_id, new ContributionVersion(sla.Events.Length, at), summary, _next);
        await ArmAsync(now);
    }

    /// <summary>
    /// Feeds every warning and breach up to <paramref name="at"/> that has no escalation record yet to the responsibility
    /// model, and stores the new steps. The transitions are read from the ticket's opening, judged as of
    /// <paramref name="at"/> (not only since the last look), so the steps do not depend on how events were grouped
    /// into refreshes, and a transition found again after a re-activation is not fed twice.
    /// </summary>
    private async Task EscalateAsync(SlaClock sla, Instant at)
    {
        if (!_owner.IsCovered)
        {
            return;
        }

        var records = _state.State.Escalations;
        var before = records.Count;
        foreach (var n in sla.Transitions(sla.Events[0].At, at).OrderBy(n => n.At))
        {
            if (n.Kind != SlaNotificationKind.Met && !records.Exists(r => r.Kind == n.Kind && r.Metric == n.Metric.Name && r.Instance == n.Instance))
            {
                _owner = TicketEscalation.Apply(_settings.Responsibility, _owner, n, records);
            }
        }

        if (records.Count > before)
        {
            try
            {
                await _state.WriteStateAsync();
            }
            catch
            {
                records.RemoveRange(before, records.Count - before);
                _owner = TicketEscalation.Replay(_settings.Responsibility, _state.State.Attributes!, records);
                throw;
            }
        }
    }

    /// <summary>The next instant at which a status changes by the passage of time alone: a warning, or the first instant after a deadline.</summary>
    private static Instant? NextTransition(SlaEvaluation evaluation, Instant at)
    {
        Instant? next = null;
        foreach (var r in evaluation.Results)
        {
            if (r.Status is not (SlaStatus.Active or SlaStatus.Warning))
            {
                continue;
            }

            if (r.Status == SlaStatus.Active && r.WarningAt is { } warning && warning > at)
            {
                next = next is { } n && n < warning ? n : warning;
            }

            // The status turns breached only after the deadline, so the grain wakes one tick after it.
            if (r.Deadline is { } deadline && deadline >= at)
            {
                var breach = deadline + Duration.Epsilon;
                next = next is { } n && n < breach ? n : breach;
            }
        }

        return next;
    }

    private async Task ArmAsync(Instant now)
    {
        if (_next is not { } next)
        {
            if (_armedFor is not null)
            {
                _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _armedFor = null;
            }

            if (_settings.UseReminders && _reminderFor is not null)
            {
                var reminder = await this.GetReminder(ReminderName);
                if (reminder is not null)
                {
                    await this.UnregisterReminder(reminder);
                }

                _reminderFor = null;
            }

            return;
        }

        if (_armedFor == next)
        {
            return; // the timer already waits for this instant
        }

        _armedFor = next;
        var due = next - now;
        var dueTime = due <= Duration.Zero ? TimeSpan.Zero : due.ToTimeSpan() > LongestTimer ? LongestTimer : due.ToTimeSpan();
        if (_timer is null)
        {
            _timer = this.RegisterGrainTimer(static (grain, _) => grain.OnTimerAsync(), this, new GrainTimerCreationOptions(dueTime, Timeout.InfiniteTimeSpan));
        }
        else
        {
            _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
        }

        if (_settings.UseReminders && _reminderFor != next)
        {
            // Durable backstop: re-activates the grain after a failure, which re-arms the exact timer.
            await this.RegisterOrUpdateReminder(ReminderName, dueTime, _settings.ReminderPeriod);
            _reminderFor = next;
        }
    }

    private Task OnTimerAsync()
    {
        // A timer capped at a day, or a clock moved by hand, can fire early: then it only re-arms.
        _armedFor = null;
        var now = _clock.GetCurrentInstant();
        return _next is { } next && now < next ? ArmAsync(now) : RefreshAsync();
    }

    private Task OnReportTimerAsync()
    {
        _gathering = false;
        return _stale && _sla is not null ? RefreshAsync() : Task.CompletedTask;
    }

    private PostResult Reject(string reason)
    {
        LogRejected(_id, reason);
        return new PostResult(false, reason, _state.State.Events.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket {Ticket}: {Kind} of {Metric} due at {At}, observed at {ObservedAt}")]
    private partial void LogTransition(string ticket, SlaNotificationKind kind, string metric, Instant at, Instant observedAt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ticket {Ticket}: event rejected: {Reason}")]
    private partial void LogRejected(string ticket, string reason);
}
