using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.Modules.SpecialNeeds.Features.RecordAssessment;

internal sealed class RecordAssessmentHandler(SpecialNeedsDbContext db, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<RecordAssessmentCommand, AssessmentResponse>
{
    public async Task<AssessmentResponse> Handle(RecordAssessmentCommand request, CancellationToken cancellationToken)
    {
        var child = await db.RequireChildAsync("nationalId", request.NationalId!, caller, cancellationToken);
        var assessment = Assessment.Of(
            TimeOrderedId.Next(time.GetUtcNow()), child, request.AssessedOn!.Value, EnumCodes.Parse<DisabilityCategory>(request.Category!), request.Grade!.Value,
            request.Body!.Trim(), EnumCodes.Parse<PlacementMode>(request.Recommendation!), county.Today);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return AssessmentResponse.Of(assessment, caller);
    }
}
