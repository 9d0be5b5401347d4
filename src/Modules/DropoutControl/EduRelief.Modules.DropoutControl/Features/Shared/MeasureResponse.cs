using EduRelief.Modules.DropoutControl.Domain;

namespace EduRelief.Modules.DropoutControl.Features.Shared;

/// <summary>A measure of the return plan as the API shows it; <c>referredTo</c> names the module a referral went to.</summary>
internal sealed record MeasureResponse(
    Guid Id, string Kind, string? AidReview, string Description, string Responsible, DateOnly PlannedOn, DateOnly DueOn,
    DateOnly? DoneOn, string? DoneBy, string? DoneNote, bool Overdue, string? ReferredTo)
{
    public static MeasureResponse Of(ReturnMeasure m, DateOnly today) => new(
        m.Id, m.Kind.ToString(), m.AidReview?.ToString(), m.Description, m.Responsible, m.PlannedOn, m.DueOn, m.DoneOn, m.DoneBy, m.DoneNote, m.OverdueOn(today),
        m.Kind switch
        {
            MeasureKind.AidReferral => "Subsidies",
            MeasureKind.VocationalRoute => "Vocational",
            MeasureKind.HomeDeliveredTeaching => "SpecialNeeds",
            _ => null,
        });
}
