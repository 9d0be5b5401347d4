using EduRelief.BuildingBlocks.Locking;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using MediatR;

namespace EduRelief.Modules.Registry.Features.ImportHouseholds;

/// <summary>The household list reaches students in every township, so only county-level staff apply it.</summary>
internal sealed class ImportHouseholdsHandler(HouseholdListImporter importer, ICallerContext caller, IDistributedLock locks)
    : IRequestHandler<ImportHouseholdsCommand, HouseholdListResult>
{
    public async Task<HouseholdListResult> Handle(ImportHouseholdsCommand request, CancellationToken cancellationToken)
    {
        if (!caller.Scope.All)
        {
            throw new ForbiddenException(new UserText("只有县级工作人员可以导入扶贫数据平台的户名单", "only county-level staff import the poverty platform's household list"));
        }

        await using (await locks.AcquireAsync(RegistryLocks.BulkStudentChanges, cancellationToken))
        {
            return await importer.ImportAsync(request.File, $"upload by {caller.UserName}", request.DryRun, request.Partial, cancellationToken);
        }
    }
}
