using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Errors;

namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>
/// An individual placement plan (一人一案). A child has one plan in force: a change of placement names the plan it
/// replaces, which ends on the new plan's start; the history is kept. <see cref="CurrentChildId"/> is the child's id
/// while no plan replaces this one, under a unique index, so two plans that replace nothing cannot both be stored.
/// </summary>
internal sealed class PlacementPlan : IScopedRecord
{
    private readonly List<HomeVisit> _visits = [];

    public Guid Id { get; init; }

    public Guid ChildId { get; init; }

    public Guid? CurrentChildId { get; private set; }

    public PlacementMode Mode { get; init; }

    public string? SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public required string Teacher { get; init; }

    public required string Goals { get; init; }

    public DateOnly StartsOn { get; init; }

    public DateOnly ReviewOn { get; init; }

    public DateOnly? GuardianConsentOn { get; init; }

    public Guid? AssessmentId { get; init; }

    public Guid? ReplacesPlanId { get; init; }

    /// <summary>The day the plan that replaces it starts; null while it is the child's current plan.</summary>
    public DateOnly? EndsOn { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<HomeVisit> Visits => _visits;

    public bool InForceOn(DateOnly day) => StartsOn <= day && (EndsOn is null || day < EndsOn);

    /// <summary>
    /// The rules of a new plan: a school mode needs a school (a special school for SpecialSchool), an assessment dated
    /// by the start, the guardian's confirmation and a child of school age in the school year it starts; the other
    /// modes name no school. A plan replaces the child's current plan or, when there is none, nothing.
    /// </summary>
    public static PlacementPlan Make(
        Guid id, DisabledChild child, PlanDraft draft, PlacedSchool? school, Assessment? assessment, PlacementPlan? current, DateOnly today)
    {
        CheckReplacement(draft, current);
        if (draft.ReviewOn <= draft.StartsOn)
        {
            throw ValidationFailedException.For("reviewOn", SpecialNeedsText.NotAfter(draft.StartsOn));
        }

        if (draft.GuardianConsentOn is { } consent && consent > today)
        {
            throw ValidationFailedException.For("guardianConsentOn", SpecialNeedsText.InTheFuture(consent, today));
        }

        if (draft.Mode.IsSchoolMode())
        {
            CheckSchoolMode(child, draft, school, assessment);
        }
        else if (school is not null)
        {
            throw ValidationFailedException.For("schoolCode", SpecialNeedsText.NoSchoolForMode(draft.Mode));
        }

        current?.EndOn(draft.StartsOn);
        return new PlacementPlan
        {
            Id = id,
            ChildId = child.Id,
            CurrentChildId = child.Id,
            Mode = draft.Mode,
            SchoolCode = school?.Code,
            TownshipCode = child.TownshipCode,
            Teacher = draft.Teacher,
            Goals = draft.Goals,
            StartsOn = draft.StartsOn,
            ReviewOn = draft.ReviewOn,
            GuardianConsentOn = draft.GuardianConsentOn,
            AssessmentId = draft.Mode.IsSchoolMode() ? assessment?.Id : null,
            ReplacesPlanId = current?.Id,
        };
    }

    /// <summary>A home-delivered teaching visit (送教上门), on a day the plan is in force and not after today.</summary>
    public HomeVisit LogVisit(DateOnly on, string teacher, decimal hours, string content, DateOnly today)
    {
        if (Mode != PlacementMode.HomeDelivered)
        {
            throw ValidationFailedException.For("planId", SpecialNeedsText.NotHomeDelivered(Mode));
        }

        if (on < StartsOn)
        {
            throw ValidationFailedException.For("on", SpecialNeedsText.BeforePlanStarts(StartsOn));
        }

        if (EndsOn is { } end && on >= end)
        {
            throw ValidationFailedException.For("on", SpecialNeedsText.AfterPlanEnded(end));
        }

        if (on > today)
        {
            throw ValidationFailedException.For("on", SpecialNeedsText.InTheFuture(on, today));
        }

        var visit = new HomeVisit
        {
            PlanId = Id, On = on, Teacher = teacher, Hours = hours, Content = content, TownshipCode = TownshipCode, SchoolCode = SchoolCode,
        };
        _visits.Add(visit);
        return visit;
    }

    private void EndOn(DateOnly day)
    {
        EndsOn = day;
        CurrentChildId = null;
        Version++;
    }

    private static void CheckReplacement(PlanDraft draft, PlacementPlan? current)
    {
        if (draft.ReplacesPlanId is { } replaces)
        {
            // The handler has checked that the plan named is this child's: one already replaced was replaced meanwhile.
            if (current is null || current.Id != replaces)
            {
                throw new ConflictException("replacesPlanId", SpecialNeedsText.NotCurrentPlan(replaces));
            }

            if (draft.StartsOn <= current.StartsOn)
            {
                throw ValidationFailedException.For("startsOn", SpecialNeedsText.NotAfter(current.StartsOn));
            }
        }
        else if (current is not null)
        {
            throw new ConflictException("replacesPlanId", SpecialNeedsText.HasCurrentPlan(current.Id));
        }
    }

    private static void CheckSchoolMode(DisabledChild child, PlanDraft draft, PlacedSchool? school, Assessment? assessment)
    {
        var errors = new SharedKernel.Validation.ValidationErrors();
        if (school is null)
        {
            errors.Add("schoolCode", SpecialNeedsText.SchoolNeeded(draft.Mode));
        }
        else if (draft.Mode == PlacementMode.SpecialSchool && school.Stage != Stage.Special)
        {
            errors.Add("schoolCode", SpecialNeedsText.NotSpecialSchool(school.Code));
        }

        if (assessment is null)
        {
            errors.Add("nationalId", SpecialNeedsText.NoAssessment(draft.StartsOn));
        }

        if (draft.GuardianConsentOn is null)
        {
            errors.Add("guardianConsentOn", SpecialNeedsText.ConsentNeeded());
        }

        var schoolYear = SchoolAge.SchoolYearOf(draft.StartsOn);
        if (!SchoolAge.IsSchoolAge(child.BirthDate, schoolYear))
        {
            errors.Add("nationalId", SpecialNeedsText.NotSchoolAge(SchoolAge.AgeInSchoolYear(child.BirthDate, schoolYear), schoolYear));
        }

        errors.ThrowIfAny();
    }
}
