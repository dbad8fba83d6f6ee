package vn.onedoor.app;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The API's title and security scheme, for the generated OpenAPI document. */
@OpenAPIDefinition(
        info = @Info(title = "OneDoor API", version = "v1",
                description = "Queue, kiosk and dossier services of a one-stop public-service center"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
final class OpenApiInfo {

    private OpenApiInfo() {}
}
