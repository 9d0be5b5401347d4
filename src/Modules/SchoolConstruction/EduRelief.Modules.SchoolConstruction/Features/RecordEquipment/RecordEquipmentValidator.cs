using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.RecordEquipment;

internal sealed class RecordEquipmentValidator : IValidator<RecordEquipmentCommand>
{
    public void Validate(RecordEquipmentCommand request, ValidationErrors errors)
    {
        errors.Date("asOf", request.AsOf);
        errors.Count("classrooms", request.Classrooms, 10_000);
        errors.Count("multimediaClassrooms", request.MultimediaClassrooms, 10_000);
        errors.Count("labs", request.Labs, 10_000);
        errors.Count("libraryVolumes", request.LibraryVolumes, 100_000_000);
        errors.Count("onlineClassrooms", request.OnlineClassrooms, 10_000);
    }
}
