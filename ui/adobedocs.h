#pragma once
// Adobe's documentation for each step of the wizard ("Adobe documentation", Alt+D). The addresses
// are constants here; per cloud solution they come from resources/catalog.json.


namespace AdobeDocs {
// AEM 6.5: setting up IMS integrations (certificate, Developer Console, IMS configuration).
inline constexpr const char *kImsIntegrationsAem65 =
    "https://experienceleague.adobe.com/en/docs/experience-manager-65/content/security/setting-up-ims-integrations-for-aem-6-5";
// AEM as a Cloud Service: the same, for the cloud.
inline constexpr const char *kImsIntegrationsCloudService =
    "https://experienceleague.adobe.com/en/docs/experience-manager-cloud-service/content/security/setting-up-ims-integrations-for-aem-as-a-cloud-service";
// Developer Console: OAuth Server-to-Server credentials.
inline constexpr const char *kOAuthServerToServer =
    "https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/implementation";
// Developer Console: JWT credentials (deprecated) and moving to OAuth.
inline constexpr const char *kJwtMigration =
    "https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/migration";
// IMS token endpoint and its errors.
inline constexpr const char *kImsApi =
    "https://developer.adobe.com/developer-console/docs/guides/authentication/ServerToServerAuthentication/IMS";
} // namespace AdobeDocs
