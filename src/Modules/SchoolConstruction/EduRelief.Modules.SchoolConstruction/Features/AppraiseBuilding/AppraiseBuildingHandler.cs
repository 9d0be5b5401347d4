using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.GetBuilding;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.Modules.SchoolConstruction.Features.AppraiseBuilding;

internal sealed class AppraiseBuildingHandler(SchoolConstructionDbContext db, ICallerContext caller, TimeProvider time, CountyClock county)
    : IRequestHandler<AppraiseBuildingCommand, AppraisalResponse>
{
    public async Task<AppraisalResponse> Handle(AppraiseBuildingCommand request, CancellationToken cancellationToken)
    {
        var building = (await db.FindBuildingAsync(request.BuildingId, cancellationToken)).EnsureInScope(caller.Scope, "Building", request.BuildingId.ToString());
        var reportNo = request.ReportNo!.Trim();
        var appraisal = building.Appraise(
            request.AppraisedOn!.Value, EnumCodes.Parse<BuildingSafetyGrade>(request.Grade!), request.AppraisedBy!.Trim(), reportNo,
            request.NextDueOn, county.Today, caller.UserName, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (UniqueViolation.Caused(ex))
        {
            throw new ConflictException("reportNo", new UserText($"报告编号 '{reportNo}' 已登记在该校舍", $"report '{reportNo}' is already recorded for this building"));
        }

        return AppraisalResponse.Of(appraisal);
    }
}
