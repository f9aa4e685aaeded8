/** avstack drivers module. See ../shared/ARCHITECTURE.md for what it owns and may depend on. */
package io.avstack.drivers;
