using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.RecordEquipment;

internal sealed class RecordEquipmentHandler(SchoolConstructionDbContext db, IMediator mediator, ICallerContext caller, CountyClock county)
    : IRequestHandler<RecordEquipmentCommand, EquipmentResponse>
{
    public async Task<EquipmentResponse> Handle(RecordEquipmentCommand request, CancellationToken cancellationToken)
    {
        var school = await mediator.RequireSchoolAsync("schoolCode", request.SchoolCode, cancellationToken);
        var counts = new EquipmentCounts(
            request.Classrooms!.Value, request.MultimediaClassrooms!.Value, request.Labs!.Value, request.LibraryVolumes!.Value, request.OnlineClassrooms!.Value);
        var asOf = request.AsOf!.Value;
        var record = await db.Equipment.FirstOrDefaultAsync(e => e.SchoolCode == school.Code && e.AsOf == asOf, cancellationToken);
        if (record is null)
        {
            record = EquipmentRecord.Record((school.Code, school.TownshipCode), asOf, counts, county.Today, caller.UserName);
            db.Equipment.Add(record);
        }
        else
        {
            record.Correct(counts, caller.UserName);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (UniqueViolation.Caused(ex))
        {
            throw new ConflictException("asOf", new UserText("同一天的装备记录正被同时提交，请重试", "the same day's equipment was sent twice at once; send it again"));
        }

        return EquipmentResponse.Of(record);
    }
}
