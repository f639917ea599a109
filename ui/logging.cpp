#include "logging.h"

Q_LOGGING_CATEGORY(lcHealth, "imswizard.health")
Q_LOGGING_CATEGORY(lcKeychain, "imswizard.keychain")
Q_LOGGING_CATEGORY(lcTransport, "imswizard.transport")
Q_LOGGING_CATEGORY(lcWizard, "imswizard.wizard")
Q_LOGGING_CATEGORY(lcStore, "imswizard.store")
