using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Errors;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>
/// An urban–rural school pair (城乡教育共同体) since a day: an urban school with a rural or remote one. Its activities
/// fall on or after that day; its teacher exchanges run between its two schools only.
/// </summary>
internal sealed class Pairing
{
    private readonly List<PairingActivity> _activities = [];
    private readonly List<TeacherExchange> _exchanges = [];

    public Guid Id { get; init; }

    public required string UrbanSchoolCode { get; init; }

    public required string UrbanTownshipCode { get; init; }

    public required string RuralSchoolCode { get; init; }

    public required string RuralTownshipCode { get; init; }

    public DateOnly Since { get; init; }

    public IReadOnlyList<PairingActivity> Activities => _activities;

    public IReadOnlyList<TeacherExchange> Exchanges => _exchanges;

    public static Pairing Pair(Guid id, PostedSchool urban, PostedSchool rural, DateOnly since, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (urban.Location != SchoolLocation.Urban)
        {
            errors["urbanSchoolCode"] = [TeacherText.NotUrban(urban.Code, urban.Location)];
        }

        if (!rural.Location.IsRural())
        {
            errors["ruralSchoolCode"] = [TeacherText.NotRural(rural.Code, rural.Location)];
        }

        if (since > today)
        {
            errors["since"] = [TeacherText.InTheFuture(since, today)];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return new Pairing
        {
            Id = id, UrbanSchoolCode = urban.Code, UrbanTownshipCode = urban.TownshipCode, RuralSchoolCode = rural.Code, RuralTownshipCode = rural.TownshipCode, Since = since,
        };
    }

    public PairingActivity Record(DateOnly on, PairingActivityKind kind, string title, int participants, DateOnly today)
    {
        if (on < Since)
        {
            throw ValidationFailedException.For("on", TeacherText.BeforePairing(Since));
        }

        if (on > today)
        {
            throw ValidationFailedException.For("on", TeacherText.InTheFuture(on, today));
        }

        var activity = new PairingActivity { PairingId = Id, On = on, Kind = kind, Title = title, Participants = participants };
        _activities.Add(activity);
        return activity;
    }

    public TeacherExchange Exchange(Teacher teacher, string from, string to, DateOnly startsOn, DateOnly endsOn)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!IsOneOfPair(from))
        {
            errors["from"] = [TeacherText.OutsidePair(from)];
        }

        if (!IsOneOfPair(to))
        {
            errors["to"] = [TeacherText.OutsidePair(to)];
        }
        else if (to == from)
        {
            errors["to"] = [TeacherText.SameSchool()];
        }

        if (startsOn < Since)
        {
            errors["startsOn"] = [TeacherText.BeforePairing(Since)];
        }
        else if (!teacher.InServiceOn(startsOn))
        {
            errors["startsOn"] = [TeacherText.LeftServiceBefore(teacher.NationalId, teacher.LeftOn!.Value, startsOn)];
        }

        if (endsOn < startsOn)
        {
            errors["endsOn"] = [TeacherText.Before(startsOn)];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var exchange = new TeacherExchange { PairingId = Id, TeacherId = teacher.Id, NationalId = teacher.NationalId, Name = teacher.Name, FromSchoolCode = from, ToSchoolCode = to, StartsOn = startsOn, EndsOn = endsOn };
        _exchanges.Add(exchange);
        return exchange;
    }

    private bool IsOneOfPair(string schoolCode) => schoolCode == UrbanSchoolCode || schoolCode == RuralSchoolCode;
}
