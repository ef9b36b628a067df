package io.anxin.channel.wechat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpConfigStorage;

/**
 * WxJava's service with the access token fetched once for all instances: WxJava checks whether the token expired
 * only before it takes the lock, so an instance that waited for the lock while another fetched the token fetched a
 * second one (and WeChat invalidates the first). Here the check is repeated once the lock is held.
 */
final class SharedTokenWxMpService extends WxMpServiceImpl {

    private static final long LOCK_WAIT_SECONDS = 5;

    @Override
    public String getAccessToken(boolean forceRefresh) throws WxErrorException {
        WxMpConfigStorage config = getWxMpConfigStorage();
        if (!forceRefresh && !config.isAccessTokenExpired()) {
            return config.getAccessToken();
        }
        String before = config.getAccessToken();
        Lock lock = config.getAccessTokenLock();
        boolean locked = false;
        try {
            locked = lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS);
            if (!locked) {
                throw new WxRuntimeException("the access token lock of " + config.getAppId() + " was not free within "
                        + LOCK_WAIT_SECONDS + " s");
            }
            // another instance may have fetched it while this one waited
            if (!config.isAccessTokenExpired() && (!forceRefresh || !config.getAccessToken().equals(before))) {
                return config.getAccessToken();
            }
            return extractAccessToken(config.isStableAccessToken() ? doGetStableAccessTokenRequest(forceRefresh)
                    : doGetAccessTokenRequest());
        } catch (IOException e) {
            throw new WxRuntimeException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WxRuntimeException(e);
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }
}
